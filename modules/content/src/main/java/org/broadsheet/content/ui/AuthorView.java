package org.broadsheet.content.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.shared.Site;

/**
 * An author's page at {@code /authors/{slug}}: their name, their bio and everything they have published, with
 * their own Atom feed ({@code /feed?author={slug}}). Every byline links here. Only staff have one.
 */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("authors/:slug")
public class AuthorView extends ArticleListView {

    private final Accounts accounts;
    private final ImageLibrary pictures;

    @Inject
    public AuthorView(ArticleLists lists, Accounts accounts, ImageLibrary pictures, Site site) {
        super(lists, site);
        this.accounts = accounts;
        this.pictures = pictures;
    }

    @Override
    Optional<Subject> subjectAt(String slug) {
        return accounts.author(slug).map(profile -> new Subject(ArticleLists.Listing.author(profile,
                pictures.portrait(profile.author().accountId()).orElse(null)), "author", description(profile),
                person(profile)));
    }

    private String description(AuthorProfile profile) {
        return profile.bio().isBlank() ? "Articles by " + profile.author().name() + " for " + site.name() + "."
                : profile.bio().codePointCount(0, profile.bio().length()) <= 300 ? profile.bio()
                : profile.bio().substring(0, profile.bio().offsetByCodePoints(0, 299)).strip() + "…";
    }

    private static JsonObject person(AuthorProfile profile) {
        var person = JSON.createObjectBuilder().add("@type", "Person").add("name", profile.author().name());
        if (!profile.bio().isBlank()) {
            person.add("description", profile.bio());
        }
        return person.build();
    }
}
