package dev.breakwater.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One versioned schema change: a SQL resource {@code V<version>__<description>.sql} next to this class,
 * and the checksum that tells whether an applied migration was edited afterwards.
 */
record Migration(int version, String description, String sql, String checksum) {

    /** Loads {@code V<version>__<description>.sql} from this package's resources. */
    static Migration load(int version, String description) {
        String name = "V" + version + "__" + description + ".sql";
        try (InputStream in = Migration.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            // Line endings normalised: a checkout with CRLF is the same migration.
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return new Migration(version, description, sql, CanonicalRequest.sha256(sql));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + name, e);
        }
    }

    /**
     * The statements of the script: split at a {@code ;} that ends a line, {@code --} comment lines
     * dropped. Enough for schema files written for it; not a SQL parser.
     */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().trim();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }
}
