/**
 * Per-user files: where they live ({@link org.budgetdesk.io.settings.AppFolders}) and the user's preferences
 * ({@link org.budgetdesk.io.settings.Settings}, kept by {@link org.budgetdesk.io.settings.SettingsStore}).
 *
 * <p>Decisions: settings are read value by value and repaired rather than refused, because a preference file
 * must never stop the program from starting; only content that is not a JSON object is moved aside.
 */
package org.budgetdesk.io.settings;
