package dev.breakwater.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second process for the journal tests, run with the test class path:
 * <ul>
 *   <li>{@code write <url> <prefix>}: journals intents one by one for ever, printing {@code ACK <id>}
 *       right after each commit returns, until killed;</li>
 *   <li>{@code hold <url>}: opens the journal, prints {@code OPEN}, and keeps it open until its
 *       standard input closes;</li>
 *   <li>{@code create-halt <url> <id>}: a click's pre-send commit ({@code create}, SENDING), then
 *       {@code halt}: the process dies as a {@code kill -9} would leave it, before any later write.</li>
 * </ul>
 */
public final class JournalChild {

    static final String ACK = "ACK ";
    static final String OPEN = "OPEN";

    private JournalChild() {
    }

    public static void main(String[] args) throws IOException {
        H2OrderJournal journal = H2OrderJournal.open(args[1]);
        switch (args[0]) {
            case "write" -> {
                for (long i = 0; ; i++) {
                    String id = args[2] + i;
                    journal.createIfAbsent("ticket", "PA123", Requests.limitBuy(id), IntentState.SENDING);
                    System.out.println(ACK + id);
                    System.out.flush();
                }
            }
            case "hold" -> {
                System.out.println(OPEN);
                System.out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (in.readLine() != null) {
                    // wait for the parent to close our input
                }
                journal.close();
            }
            case "create-halt" -> {
                journal.create("ticket", "PA123", Requests.limitBuy(args[2]), IntentState.SENDING).orElseThrow();
                System.out.println(ACK + args[2]);
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** Starts this class in a new JVM with the current class path. */
    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xshare:auto");
        command.add(JournalChild.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Kills {@code process} with SIGKILL and waits until it is gone. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child JVM did not die");
        }
    }
}
