package io.github.uuidkit.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The message a wrong {@code --schema} gets (engine tests: DoctorSafetyIT). */
class SchemaNotFoundExceptionTest {

    @Test
    void namesTheMissingAndTheVisibleSchemas() {
        SchemaNotFoundException e = new SchemaNotFoundException(List.of("APP"), List.of("app", "public"));
        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("schema 'APP' not found or not visible"
                + " to this user (names are case-sensitive); visible: 'app', 'public'; did you mean 'app' for 'APP'?");
        assertThat(e.missing()).containsExactly("APP");
        assertThat(e.visible()).containsExactly("app", "public");
    }

    @Test
    void nothingVisibleAndEscapedNames() {
        assertThat(new SchemaNotFoundException(List.of("a\nERROR x", "b"), List.of()))
                .hasMessage("schema 'a\\nERROR x', schema 'b' not found or not visible to this user (names are"
                        + " case-sensitive); visible: none");
    }

    @Test
    void aLongListIsCut() {
        List<String> visible = IntStream.range(0, 45).mapToObj(i -> String.format("s%02d", i)).toList();
        String message = new SchemaNotFoundException(List.of("x"), visible).getMessage();
        assertThat(message).contains("'s29'").doesNotContain("'s30'").endsWith(" and 15 more");
    }
}
