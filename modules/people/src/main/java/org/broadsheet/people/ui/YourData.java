package org.broadsheet.people.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.broadsheet.people.Accounts;

/**
 * The signed-in person's data as a JSON file to keep ({@link Accounts#yourData()}): a plain address, so it
 * downloads like any file and works with a script's cookie too. Never cached: it is one person's and changes.
 */
@WebServlet(urlPatterns = "/account/data.json")
public class YourData extends HttpServlet {

    static final String PATH = "account/data.json";

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getUserPrincipal() == null || accounts.you().isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in to download your data.");
            return;
        }
        var json = accounts.yourData().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"your-broadsheet-data.json\"");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
