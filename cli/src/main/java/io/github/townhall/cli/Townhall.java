package io.github.townhall.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code townhall} command: validate records, write iCalendar feeds, import {@code .ics}
 * files, print the JSON Schema, and a demo on the seed records.
 *
 * <pre>{@code
 * ./townhall demo
 * ./townhall validate --lang fr townhall-demo/imp-acte.json
 * ./townhall ics --cycle rencontres-toulouse -o toulouse.ics townhall-demo/toulouse-cycle.json
 * }</pre>
 */
@Command(
        name = "townhall",
        mixinStandardHelpOptions = true,
        versionProvider = Townhall.Version.class,
        description = "Validate and convert records of public meetings: JSON documents and iCalendar feeds.",
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            IcsCommand.class,
            JsonLdCommand.class,
            SiteCommand.class,
            ImportCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Townhall implements Runnable {
    /** Exit code of a command that did what was asked. */
    static final int OK = 0;

    /** Exit code of {@code validate} when a record breaks a rule. */
    static final int INVALID = 1;

    /** Exit code when an input cannot be read, or the command line is wrong. */
    static final int UNREADABLE = 2;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error, for a bug report.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Hibernate Validator announces itself through java.util.logging; the command stays quiet. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private Townhall() {}

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command with the given output streams.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the command line
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        Townhall townhall = new Townhall();
        CommandLine line = new CommandLine(townhall);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"));
            int code = exception instanceof CliException cli ? cli.exitCode() : UNREADABLE;
            String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
            err.println("townhall: " + message);
            if (debug) {
                printTrace(exception, err);
            } else if (!(exception instanceof CliException)) {
                err.println("townhall: run again with --debug for details");
            }
            err.flush();
            return code;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints an exception, its stack and its causes, for --debug. */
    static void printTrace(Throwable exception, PrintWriter err) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            err.println((cause == exception ? "" : "Caused by: ") + cause);
            for (StackTraceElement frame : cause.getStackTrace()) {
                err.println("\tat " + frame);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Townhall.class.getPackage().getImplementationVersion();
            return new String[] {"townhall " + (version == null ? "(development build)" : version)};
        }
    }
}
