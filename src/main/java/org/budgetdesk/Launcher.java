package org.budgetdesk;

public final class Launcher {
    public static void main(String[] args) {
        System.out.println("BudgetDesk");
    }
}
