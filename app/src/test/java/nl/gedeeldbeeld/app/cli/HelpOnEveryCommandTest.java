package nl.gedeeldbeeld.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Issue 13, deliverable 11: {@code -h} and {@code --help} work on every command and subcommand, found by walking
 * picocli's own tree, so a command added later is checked without editing this test; and each command, option
 * and parameter says what it is for.
 */
class HelpOnEveryCommandTest {

    /** Every command path below {@code gb}, e.g. [analyse, network]. */
    private static List<List<String>> paths() {
        List<List<String>> result = new ArrayList<>();
        walk(Gb.commandLine(), new ArrayList<>(), result);
        return result;
    }

    private static void walk(CommandLine cl, List<String> path, List<List<String>> result) {
        for (var sub : cl.getSubcommands().entrySet()) {
            if (!sub.getValue().getCommandName().equals(sub.getKey())) {
                continue; // an alias
            }
            List<String> p = new ArrayList<>(path);
            p.add(sub.getKey());
            result.add(p);
            walk(sub.getValue(), p, result);
        }
    }

    @TestFactory
    @DisplayName("issue 13: -h and --help print the usage of every subcommand and exit 0")
    Stream<DynamicTest> everySubcommandHasHelp() {
        List<List<String>> paths = paths();
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("search", "ingest", "policy check", "policy show",
                "analyse network", "analyse key-players", "resolve review", "resolve judge", "audit verify", "serve", "demo");
        return paths.stream().flatMap(path -> Stream.of("-h", "--help").map(flag -> DynamicTest.dynamicTest(
                "gb " + String.join(" ", path) + " " + flag, () -> {
                    GbConsole console = new GbConsole();
                    List<String> args = new ArrayList<>(path);
                    args.add(flag);
                    int code = console.run(args.toArray(String[]::new));
                    assertThat(console.err.toString()).isEmpty();
                    assertThat(code).isZero();
                    assertThat(console.out.toString()).contains("Usage: gb " + String.join(" ", path) + " ")
                            .contains("-h, --help");
                })));
    }

    @TestFactory
    @DisplayName("issue 13: every command, option and parameter has a description")
    Stream<DynamicTest> everythingIsDescribed() {
        return paths().stream().map(path -> DynamicTest.dynamicTest("gb " + String.join(" ", path), () -> {
            CommandLine cl = Gb.commandLine();
            for (String name : path) {
                cl = cl.getSubcommands().get(name);
            }
            CommandSpec spec = cl.getCommandSpec();
            assertThat(String.join(" ", spec.usageMessage().description())).as("description").isNotBlank();
            for (OptionSpec option : spec.options()) {
                assertThat(String.join(" ", option.description())).as("description of %s", option.longestName()).isNotBlank();
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                assertThat(String.join(" ", parameter.description())).as("description of %s", parameter.paramLabel()).isNotBlank();
            }
        }));
    }

    @TestFactory
    @DisplayName("issue 13: a command group given without its subcommand prints its usage, not an error")
    Stream<DynamicTest> aGroupAloneShowsItsUsage() {
        return paths().stream().filter(path -> {
            CommandLine cl = Gb.commandLine();
            for (String name : path) {
                cl = cl.getSubcommands().get(name);
            }
            // resolve runs the resolution itself; the others are groups only
            return !cl.getSubcommands().isEmpty() && !(cl.getCommand() instanceof java.util.concurrent.Callable);
        }).map(path -> DynamicTest.dynamicTest("gb " + String.join(" ", path), () -> {
            GbConsole console = new GbConsole();
            assertThat(console.run(path.toArray(String[]::new))).isZero();
            assertThat(console.out.toString()).contains("Usage: gb " + String.join(" ", path) + " ");
            assertThat(console.err.toString()).isEmpty();
        }));
    }

    @org.junit.jupiter.api.Test
    void theVersionIsPrintedFromAnySubcommand() {
        GbConsole console = new GbConsole();
        assertThat(console.run("policy", "check", "-V")).isZero();
        assertThat(console.out.toString()).contains("Gedeeld Beeld");
    }
}
