package org.broadsheet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @Test
    void a_killed_servers_index_folder_is_removed_and_a_live_or_new_one_is_left(@TempDir Path temporary) throws Exception {
        var abandoned = Files.createDirectory(temporary.resolve("broadsheet-search-1"));
        Files.writeString(abandoned.resolve("_0.cfs"), "segment");
        var live = Files.createDirectory(temporary.resolve("broadsheet-search-2"));
        var justMade = Files.createDirectory(temporary.resolve("broadsheet-search-3"));
        var other = Files.createDirectory(temporary.resolve("someone-else"));
        var hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (var directory = FSDirectory.open(live);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (var folder : new Path[] {abandoned, live, other}) {
                Files.setLastModifiedTime(folder, hourAgo);
            }

            SearchIndex.removeAbandonedIndexes(temporary);

            assertThat(abandoned).doesNotExist();
            assertThat(live).isDirectory();
            assertThat(justMade).as("perhaps a server still starting").isDirectory();
            assertThat(other).isDirectory();
        }
    }
}
