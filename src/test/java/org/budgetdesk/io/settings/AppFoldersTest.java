package org.budgetdesk.io.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppFoldersTest {
    private static final Path HOME = Path.of("/home/user");

    @Test
    void windowsUsesAppDataForEverything() {
        Path appData = Path.of("C:\\Users\\li\\AppData\\Roaming");

        AppFolders folders = AppFolders.of("Windows 11", Map.of("APPDATA", appData.toString()), HOME);

        assertThat(folders.settingsFolder()).isEqualTo(appData.resolve("BudgetDesk"));
        assertThat(folders.stateFolder()).isEqualTo(folders.settingsFolder());
        assertThat(folders.recoveryFolder()).isEqualTo(appData.resolve("BudgetDesk").resolve("recovery"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderInTheHome() {
        AppFolders folders = AppFolders.of("Windows 10", Map.of("APPDATA", " "), HOME);

        assertThat(folders.settingsFolder()).isEqualTo(HOME.resolve("AppData/Roaming/BudgetDesk"));
        assertThat(folders.stateFolder()).isEqualTo(HOME.resolve("AppData/Roaming/BudgetDesk"));
    }

    @Test
    void macOsUsesApplicationSupportForEverything() {
        AppFolders folders = AppFolders.of("Mac OS X", Map.of("XDG_CONFIG_HOME", "/ignored"), HOME);

        Path expected = HOME.resolve("Library/Application Support/BudgetDesk");
        assertThat(folders.settingsFolder()).isEqualTo(expected);
        assertThat(folders.stateFolder()).isEqualTo(expected);
        assertThat(folders.settingsFile()).isEqualTo(expected.resolve("settings.json"));
        assertThat(folders.logFolder()).isEqualTo(expected.resolve("logs"));
    }

    @Test
    void linuxDefaultsToConfigAndLocalStateInTheHome() {
        AppFolders folders = AppFolders.of("Linux", Map.of(), HOME);

        assertThat(folders.settingsFolder()).isEqualTo(HOME.resolve(".config/budgetdesk"));
        assertThat(folders.stateFolder()).isEqualTo(HOME.resolve(".local/state/budgetdesk"));
        assertThat(folders.recoveryFolder()).isEqualTo(HOME.resolve(".local/state/budgetdesk/recovery"));
        assertThat(folders.logFolder()).isEqualTo(HOME.resolve(".local/state/budgetdesk/logs"));
    }

    @Test
    void linuxFollowsTheXdgVariables() {
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/state");

        AppFolders folders = AppFolders.of("Linux", environment, HOME);

        assertThat(folders.settingsFolder()).isEqualTo(Path.of("/cfg/budgetdesk"));
        assertThat(folders.stateFolder()).isEqualTo(Path.of("/state/budgetdesk"));
    }

    @Test
    void relativeOrBlankXdgVariablesAreIgnoredAsTheSpecificationSays() {
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_STATE_HOME", "");

        AppFolders folders = AppFolders.of("FreeBSD", environment, HOME);

        assertThat(folders.settingsFolder()).isEqualTo(HOME.resolve(".config/budgetdesk"));
        assertThat(folders.stateFolder()).isEqualTo(HOME.resolve(".local/state/budgetdesk"));
    }

    @Test
    void currentUserFoldersAreAbsoluteAndNamedForBudgetDesk() {
        AppFolders folders = AppFolders.of(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")));

        assertThat(folders.settingsFolder()).isAbsolute();
        assertThat(folders.settingsFolder().getFileName().toString()).isEqualToIgnoringCase("budgetdesk");
    }

    @Test
    void oneHomeFolderFromThePropertyOrElseTheEnvironment() {
        assertThat(AppFolders.home("/tmp/bd", Map.of("BUDGETDESK_HOME", "/elsewhere"))).isEqualTo(Path.of("/tmp/bd"));
        assertThat(AppFolders.home(null, Map.of("BUDGETDESK_HOME", "/elsewhere"))).isEqualTo(Path.of("/elsewhere"));
        assertThat(AppFolders.home(" ", Map.of())).isNull();
        assertThat(AppFolders.home(null, Map.of())).isNull();
    }

    @Test
    void testsRunWithTheirOwnHomeFolder() {
        AppFolders folders = AppFolders.forCurrentUser();
        assertThat(folders.settingsFolder().toString()).as("surefire sets budgetdesk.home")
                .endsWith(Path.of("target", "test-home").toString());
        assertThat(folders.stateFolder()).isEqualTo(folders.settingsFolder());
        assertThat(folders.catalogFolder()).isEqualTo(folders.settingsFolder().resolve("catalogs"));
    }
}
