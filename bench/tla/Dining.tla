---- MODULE Dining ----
\* Chandy-Misra dining philosophers as tests/fixtures/modelcheck/reference/dining.yaml writes them
\* (NP = 5): every philosopher's three steps, one weak fairness condition per philosopher, the
\* invariant ExclusiveAccess and the liveness property NobodyStarves (tests/fixtures/modelcheck/tlc
\* has the same module without the invariant, for the adapter's tests).
EXTENDS Naturals
NP == 5
Phil == 1..NP
VARIABLES forks, hungry, pc
vars == <<forks, hungry, pc>>
LeftFork(p) == p
RightFork(p) == IF p = NP THEN 1 ELSE p + 1
LeftPhilosopher(p) == IF p = 1 THEN NP ELSE p - 1
RightPhilosopher(p) == IF p = NP THEN 1 ELSE p + 1
CanEat(p) == /\ forks[LeftFork(p)].holder = p /\ forks[RightFork(p)].holder = p
             /\ forks[LeftFork(p)].clean /\ forks[RightFork(p)].clean
GivesLeft(p) == forks[LeftFork(p)].holder = p /\ ~forks[LeftFork(p)].clean
GivesRight(p) == forks[RightFork(p)].holder = p /\ ~forks[RightFork(p)].clean

Init == /\ forks = [f \in Phil |-> [holder |-> IF f = 2 THEN 1 ELSE f, clean |-> FALSE]]
        /\ hungry = [p \in Phil |-> TRUE]
        /\ pc = [p \in Phil |-> "Loop"]

Loop(p) == /\ pc[p] = "Loop"
           /\ forks' = IF GivesLeft(p)
                         THEN [forks EXCEPT ![LeftFork(p)] = [holder |-> LeftPhilosopher(p), clean |-> TRUE]]
                         ELSE IF GivesRight(p)
                           THEN [forks EXCEPT ![RightFork(p)] = [holder |-> RightPhilosopher(p), clean |-> TRUE]]
                           ELSE forks
           /\ pc' = [pc EXCEPT ![p] = IF hungry[p] THEN (IF CanEat(p) THEN "Eat" ELSE "Loop") ELSE "Think"]
           /\ UNCHANGED hungry
Think(p) == /\ pc[p] = "Think"
            /\ hungry' = [hungry EXCEPT ![p] = TRUE]
            /\ pc' = [pc EXCEPT ![p] = "Loop"]
            /\ UNCHANGED forks
Eat(p) == /\ pc[p] = "Eat"
          /\ hungry' = [hungry EXCEPT ![p] = FALSE]
          /\ forks' = [forks EXCEPT ![LeftFork(p)].clean = FALSE, ![RightFork(p)].clean = FALSE]
          /\ pc' = [pc EXCEPT ![p] = "Loop"]
Philosopher(p) == Loop(p) \/ Think(p) \/ Eat(p)
Next == \E p \in Phil : Philosopher(p)

FairSpec == Init /\ [][Next]_vars /\ \A p \in Phil : WF_vars(Philosopher(p))
UnfairSpec == Init /\ [][Next]_vars
Shares(f, q) == f = LeftFork(q) \/ f = RightFork(q)
ShareFork(p, q) == Shares(LeftFork(p), q) \/ Shares(RightFork(p), q)
ExclusiveAccess == \A p, q \in Phil : (p # q /\ ShareFork(p, q)) => ~(pc[p] = "Eat" /\ pc[q] = "Eat")
NobodyStarves == \A p \in Phil : []<>(~hungry[p])
====
