package dev.simscaffold.core.harness;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A toy state machine for the kernel's own tests: an account that must never be overdrawn. {@link #CORRECT}
 * rejects overdrafts; {@link #PLANTED_BUG} forgets to, which the "balance never negative" invariant
 * must catch.
 */
final class Ledger {

    record Account(long balance, long version) {
    }

    sealed interface Op permits Deposit, Withdraw {
    }

    record Deposit(long amount) implements Op {
    }

    record Withdraw(long amount) implements Op {
    }

    sealed interface Out permits Receipt, Rejected {
    }

    record Receipt(long balance, long version) implements Out {
    }

    record Rejected(long amount) implements Out {
    }

    static final Account OPEN = new Account(0, 0);

    static final StateMachine<Account, Op, Out> CORRECT = (account, op, now) -> transition(account, op, true);

    static final StateMachine<Account, Op, Out> PLANTED_BUG = (account, op, now) -> transition(account, op, false);

    private Ledger() {
    }

    private static Step<Account, Out> transition(Account account, Op op, boolean checkFunds) {
        if (op instanceof Deposit deposit) {
            Account next = new Account(account.balance() + deposit.amount(), account.version() + 1);
            return Step.of(next, new Receipt(next.balance(), next.version()));
        }
        Withdraw withdraw = (Withdraw) op;
        if (checkFunds && withdraw.amount() > account.balance()) {
            return Step.of(account, new Rejected(withdraw.amount()));
        }
        Account next = new Account(account.balance() - withdraw.amount(), account.version() + 1);
        return Step.of(next, new Receipt(next.balance(), next.version()));
    }

    static Expectation<HarnessView<Account>> neverOverdrawn() {
        return Expectation.always("balance never negative", view -> {
            List<String> violations = new ArrayList<>();
            for (int i = 0; i < view.states().size(); i++) {
                if (view.states().get(i).balance() < 0) {
                    violations.add("instance " + i + " has balance " + view.states().get(i).balance());
                }
            }
            return violations;
        });
    }

    /** Stateful invariant: remembers the last version seen per instance. */
    static Expectation<HarnessView<Account>> versionsNeverDecrease() {
        long[] last = new long[64];
        return Expectation.always("versions never decrease", view -> {
            List<String> violations = new ArrayList<>();
            for (int i = 0; i < view.states().size(); i++) {
                if (view.states().get(i).version() < last[i]) {
                    violations.add("instance " + i + " went from version " + last[i] + " to " + view.states().get(i).version());
                }
                last[i] = view.states().get(i).version();
            }
            return violations;
        });
    }

    /** Draws a random operation: mostly small deposits and withdrawals that sometimes overdraw. */
    static Op randomOp(SimRandom random) {
        long amount = random.between(1, 20);
        return random.chance(0.5) ? new Deposit(amount) : new Withdraw(amount);
    }
}
