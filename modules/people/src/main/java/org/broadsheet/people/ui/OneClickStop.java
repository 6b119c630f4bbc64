package org.broadsheet.people.ui;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.LinkRefusedException;

/**
 * The address a chosen mail's List-Unsubscribe header names (RFC 8058): the reader's mail program POSTs to it and
 * the mail stops, no page to read. A person who opens it in a browser is sent on to the page that asks first
 * ({@link StopMailView}): a GET changes nothing, since mail scanners open every link they find.
 */
@WebServlet(urlPatterns = "/" + OneClickStop.PATH)
public class OneClickStop extends HttpServlet {

    public static final String PATH = "mail/unsubscribe";

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var token = request.getParameter("token");
        response.sendRedirect(request.getContextPath() + "/" + StopMailView.PATH
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        var token = request.getParameter("token");
        if (token == null || token.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The address names no mail to stop.");
            return;
        }
        try {
            var topic = accounts.stopMail(token);
            response.getWriter().write("Stopped: " + topic.description() + ".\n");
        } catch (LinkRefusedException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, refused.getMessage());
        } catch (EJBException wrapped) {
            if (!(wrapped.getCause() instanceof LinkRefusedException refused)) {
                throw wrapped;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND, refused.getMessage());
        }
    }
}
