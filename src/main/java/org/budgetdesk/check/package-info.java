/**
 * The consistency checks (勾稽关系) of REFERENCE §8: one small {@link org.budgetdesk.check.Rule} per check, run by
 * the {@link org.budgetdesk.check.Checker} over every unit and the consolidated department. Each
 * {@link org.budgetdesk.check.Finding} names its figures (万元, rounded by {@code format/Numbers}), says where it is
 * ({@link org.budgetdesk.check.Location}) and carries its message in Chinese and in English; the message templates
 * are in {@code rules*.properties} beside this package. No UI, no file format.
 */
package org.budgetdesk.check;
