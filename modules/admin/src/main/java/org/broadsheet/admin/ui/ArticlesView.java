package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.content.ArticleOrder;
import org.broadsheet.content.ArticleRow;
import org.broadsheet.content.Newsroom;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Roles;

/** All articles, drafts included, a page at a time from the database, sortable by the editor. */
@Dependent
@Route("admin/articles")
@PageTitle("Articles")
@RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
public class ArticlesView extends VerticalLayout {

    @Inject
    public ArticlesView(Newsroom newsroom) {
        setSizeFull();
        var grid = new Grid<ArticleRow>();
        grid.addComponentColumn(row -> new RouterLink(row.headline(), ArticleEditorView.class,
                        new RouteParameters("id", String.valueOf(row.id()))))
                .setHeader("Headline").setSortProperty("headline").setFlexGrow(3);
        grid.addColumn(row -> row.status().label())
                .setHeader("Status").setSortProperty("status");
        grid.addColumn(ArticleRow::byline).setHeader("Byline");
        grid.addColumn(row -> Dateline.minute(row.updatedAt())).setHeader("Last change").setSortProperty("updatedAt");
        grid.addColumn(row -> Dateline.day(row.publishedAt())).setHeader("Published").setSortProperty("publishedAt");
        grid.setItems(
                query -> newsroom.articles(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                        .map(order -> new ArticleOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                        .toList()).stream(),
                query -> (int) newsroom.countArticles());
        grid.setAriaLabel("Articles");
        var create = new Button("New article", click -> edit(ArticleEditorView.NEW));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H1("Articles"), create), grid);
        setFlexGrow(1, grid);
    }

    private void edit(String id) {
        getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class, new RouteParameters("id", id)));
    }
}
