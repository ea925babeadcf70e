---- MODULE Peterson ----
\* Peterson's mutual exclusion as tests/fixtures/modelcheck/reference/peterson.yaml writes it: the
\* PlusCal translation of tlaplus/Examples' locks_auxiliary_vars/Peterson.tla (ProcSet = 1..2)
\* and its invariant Inv.
EXTENDS Naturals
VARIABLES pc, c, turn
vars == <<pc, c, turn>>
ProcSet == 1..2
Other(p) == IF p = 1 THEN 2 ELSE 1
lockcs(i) == pc[i] \in {"cs", "a4"}
Init == /\ c = [self \in ProcSet |-> FALSE]
        /\ turn = 1
        /\ pc = [self \in ProcSet |-> "a0"]
a0(self) == pc[self] = "a0" /\ pc' = [pc EXCEPT ![self] = "a1"] /\ UNCHANGED <<c, turn>>
a1(self) == pc[self] = "a1" /\ c' = [c EXCEPT ![self] = TRUE] /\ pc' = [pc EXCEPT ![self] = "a2"] /\ UNCHANGED turn
a2(self) == pc[self] = "a2" /\ turn' = Other(self) /\ pc' = [pc EXCEPT ![self] = "a3"] /\ UNCHANGED c
a3(self) == /\ pc[self] = "a3"
            /\ ~c[Other(self)] \/ turn = self
            /\ pc' = [pc EXCEPT ![self] = "cs"]
            /\ UNCHANGED <<c, turn>>
cs(self) == pc[self] = "cs" /\ pc' = [pc EXCEPT ![self] = "a4"] /\ UNCHANGED <<c, turn>>
a4(self) == pc[self] = "a4" /\ c' = [c EXCEPT ![self] = FALSE] /\ pc' = [pc EXCEPT ![self] = "a0"] /\ UNCHANGED turn
Next == \E self \in ProcSet : a0(self) \/ a1(self) \/ a2(self) \/ a3(self) \/ cs(self) \/ a4(self)
Spec == Init /\ [][Next]_vars
Inv == /\ \A p \in ProcSet : c[p] = (pc[p] \in {"a2", "a3", "cs", "a4"})
       /\ \A p \in ProcSet : pc[p] \in {"cs", "a4"} => (turn = p \/ pc[Other(p)] \in {"a0", "a1", "a2"})
       /\ \A i, j \in ProcSet : i # j => ~(lockcs(i) /\ lockcs(j))
====
