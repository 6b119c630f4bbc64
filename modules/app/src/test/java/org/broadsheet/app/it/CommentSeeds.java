package org.broadsheet.app.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Comments written straight into the database for the benchmarks, in JDBC batches, far faster than posting them one
 * by one. Ids come from a range the application's sequence never reaches.
 */
@Stateless
@PermitAll
public class CommentSeeds {

    private static final String INSERT = """
            insert into reader_comment (id, version, article_id, author_name, author_email, body, status, posted_at,
            parent_id, thread_id, depth, like_count) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Resource(lookup = "java:app/jdbc/broadsheet")
    DataSource database;

    @PersistenceUnit
    EntityManagerFactory persistence;

    /**
     * {@code count} comments on the article, from {@code firstId} on: threads of one first comment and up to
     * {@code repliesEach} replies, posted a second apart, each status as the weights say (approved otherwise).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(long articleId, long firstId, int count, int repliesEach, double pendingShare, double spamShare)
            throws SQLException {
        var random = ThreadLocalRandom.current();
        var start = Instant.now().minusSeconds(count + 60L);
        try (var connection = database.getConnection(); var insert = connection.prepareStatement(INSERT)) {
            long thread = firstId;
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                boolean first = (i % (repliesEach + 1)) == 0;
                if (first) {
                    thread = id;
                }
                var roll = random.nextDouble();
                var status = roll < pendingShare ? "PENDING" : roll < pendingShare + spamShare ? "SPAM" : "APPROVED";
                insert.setLong(1, id);
                insert.setLong(2, articleId);
                insert.setString(3, "Seeded reader " + (i % 997));
                insert.setString(4, "seeded" + (i % 997) + "@example.org");
                insert.setString(5, "Comment " + i + ": a considered view of the matter, at some length, as readers write"
                        + " them when an article moves them to answer.");
                insert.setString(6, status);
                insert.setTimestamp(7, Timestamp.from(start.plusSeconds(i)));
                if (first) {
                    insert.setNull(8, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(8, thread);
                }
                insert.setLong(9, thread);
                insert.setInt(10, first ? 0 : 1);
                insert.setInt(11, random.nextInt(50));
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Sets an account's choice of the moderation digest, as its owner would on their account page. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void chooseDigest(String username, boolean chosen) throws SQLException {
        try (var connection = database.getConnection(); var update = connection.prepareStatement(
                "update account set mail_moderation_digest = ? where username = ?")) {
            update.setBoolean(1, chosen);
            update.setString(2, username);
            update.executeUpdate();
        }
        // Written past JPA: the cached accounts would still say otherwise.
        persistence.getCache().evictAll();
    }

    /** Takes the seeded comments away again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remove(long firstId, long lastId) throws SQLException {
        try (var connection = database.getConnection();
             var delete = connection.prepareStatement("delete from reader_comment where id between ? and ?")) {
            delete.setLong(1, firstId);
            delete.setLong(2, lastId);
            return delete.executeUpdate();
        }
    }
}
