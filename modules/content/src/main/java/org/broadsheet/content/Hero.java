package org.broadsheet.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The picture an article opens with: the image, what it shows for readers who cannot see it ({@code alt}), the
 * caption printed under it, and whose it is ({@code credit}, required: a newsroom always credits a photograph).
 */
public record Hero(
        @NotNull Picture picture,
        @NotBlank(message = "Describe the image for readers who cannot see it")
        @Size(max = 250, message = "Keep the description under 250 characters") String alt,
        @Size(max = 300, message = "Keep the caption under 300 characters") String caption,
        @NotBlank(message = "Credit the photographer or agency")
        @Size(max = 120, message = "Keep the credit under 120 characters") String credit) {

    public Hero {
        alt = alt == null ? null : alt.strip();
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? null : credit.strip();
    }
}
