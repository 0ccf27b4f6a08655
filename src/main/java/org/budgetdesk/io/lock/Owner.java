package org.budgetdesk.io.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who holds a project open: the user, the computer, the process and since when. This is the content of a lock
 * file, as JSON: {@code {"owner": "li.ming", "host": "PC-0231", "pid": 4711, "since": "2026-11-27T08:30:00Z"}}.
 *
 * @param user the user name ({@code user.name})
 * @param host the computer's name, compared without regard to case
 * @param pid the process id on that computer
 * @param since when the project was opened (ISO-8601 in the file)
 */
public record Owner(String user, String host, long pid, Instant since) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static volatile String localHost;

    public Owner {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
    }

    /** This process, now (to the millisecond, so that the value survives the file unchanged). */
    public static Owner current() {
        return new Owner(System.getProperty("user.name", ""), localHost(), ProcessHandle.current().pid(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The name of this computer: {@code COMPUTERNAME} on Windows, {@code HOSTNAME} where it is exported, else what
     * the network layer says (looked up once, as it can be slow), else {@code "localhost"}.
     */
    public static String localHost() {
        String host = localHost;
        if (host == null) {
            host = firstNonBlank(System.getenv("COMPUTERNAME"), System.getenv("HOSTNAME"));
            if (host == null) {
                try {
                    host = firstNonBlank(InetAddress.getLocalHost().getHostName(), "localhost");
                } catch (IOException | RuntimeException e) {
                    host = "localhost";
                }
            }
            localHost = host;
        }
        return host;
    }

    /** True when this owner's process runs on this computer. */
    public boolean isOnThisHost() {
        return host.equalsIgnoreCase(localHost());
    }

    /** The lock file content: one line of JSON. */
    byte[] toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("owner", user).put("host", host).put("pid", pid).put("since", since.toString());
        try {
            return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
        }
    }

    /** The owner in lock file content, or {@code null} when the content is not a complete lock. */
    static Owner fromJson(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.path("owner").isTextual() || !node.path("host").isTextual()
                    || !node.path("pid").canConvertToLong() || !node.path("pid").isIntegralNumber()
                    || !node.path("since").isTextual()) {
                return null;
            }
            return new Owner(node.get("owner").textValue(), node.get("host").textValue(), node.get("pid").longValue(),
                    Instant.parse(node.get("since").textValue()));
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
