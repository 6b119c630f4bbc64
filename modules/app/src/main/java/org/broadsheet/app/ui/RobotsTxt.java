package org.broadsheet.app.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.broadsheet.shared.ui.PublicAddress;

/** {@code /robots.txt}: crawlers may read everything but the back office and the sign-in page; where the sitemaps are. */
@WebServlet(urlPatterns = "/robots.txt")
public class RobotsTxt extends HttpServlet {

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = address.baseUrl(request);
        var body = ("User-agent: *\n"
                + "Disallow: /admin\n"
                + "Disallow: /login\n"
                + "\n"
                + "Sitemap: " + base + "sitemap.xml\n"
                + "Sitemap: " + base + "news-sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
