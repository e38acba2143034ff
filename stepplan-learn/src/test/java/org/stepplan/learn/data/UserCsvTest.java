package org.stepplan.learn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's CSV: header detection, the label column, class order, and one clear error per kind of bad file. */
class UserCsvTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = Files.createTempFile(dir, "data", ".csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void headerlessFileWithLabelLastAndNumericClassesInNumericOrder() throws Exception {
        Dataset d = UserCsv.read(file("1,2,10\n3,4,2\n\n5,6,10\n"), "last");
        assertThat(d.examples()).isEqualTo(3);
        assertThat(d.features()).isEqualTo(2);
        assertThat(d.classNames()).containsExactly("2", "10");
        assertThat(d.label(0)).isEqualTo(1);
        assertThat(d.rowMajorFeatures()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void labelByHeaderNameOrFirstColumn() throws Exception {
        Path f = file("x,species,y\n1.5,b,2\n2.5,a,3\n");
        Dataset named = UserCsv.read(f, "species");
        assertThat(named.classNames()).containsExactly("a", "b");
        assertThat(named.rowMajorFeatures()).containsExactly(1.5, 2, 2.5, 3);
        Dataset first = UserCsv.read(file("0,7,8\n1,9,9\n"), "first");
        assertThat(first.rowMajorFeatures()).containsExactly(7, 8, 9, 9);
    }

    @Test
    void badFilesAreRejectedNamingFileAndLine() throws Exception {
        Path empty = file("\n\n");
        assertThatThrownBy(() -> UserCsv.read(empty, "last")).hasMessage("dataset file " + empty + " is empty");
        Path ragged = file("1,2,0\n1,2,3,1\n");
        assertThatThrownBy(() -> UserCsv.read(ragged, "last"))
                .hasMessage(ragged + ":2 has 4 cells, expected 3 (a ragged row)");
        Path text = file("a,b,c\n1,2,0\n1,oops,1\n");
        assertThatThrownBy(() -> UserCsv.read(text, "last"))
                .hasMessage(text + ":3 column 2: 'oops' is not a finite number");
        Path single = file("1,2,0\n3,4,0\n");
        assertThatThrownBy(() -> UserCsv.read(single, "last")).hasMessageContaining("single class (0)");
        Path noName = file("1,2,0\n3,4,1\n");
        assertThatThrownBy(() -> UserCsv.read(noName, "kind")).hasMessageContaining("it has no header");
        assertThatThrownBy(() -> UserCsv.read(dir.resolve("absent.csv"), "last")).hasMessageContaining("does not exist");
    }
}
