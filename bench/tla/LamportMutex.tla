---- MODULE LamportMutex ----
\* Lamport's mutual exclusion, as in tests/fixtures/modelcheck/reference/lamport-mutex.yaml.
EXTENDS Naturals, Sequences
CONSTANTS N, maxClock
Proc == 1 .. N
VARIABLES clock, req, ack, network, crit
vars == <<clock, req, ack, network, crit>>
ReqMsg(c) == [type |-> "req", clock |-> c]
AckMsg == [type |-> "ack", clock |-> 0]
RelMsg == [type |-> "rel", clock |-> 0]
Init == /\ clock = [p \in Proc |-> 1]
        /\ req = [p \in Proc |-> [q \in Proc |-> 0]]
        /\ ack = [p \in Proc |-> {}]
        /\ network = [p \in Proc |-> [q \in Proc |-> <<>>]]
        /\ crit = {}
Beats(p, q) == \/ req[p][q] = 0
               \/ req[p][p] < req[p][q]
               \/ req[p][p] = req[p][q] /\ p < q
Send(s, m) == [r \in Proc |-> IF s = r THEN network[s][r] ELSE Append(network[s][r], m)]
Request(p) == /\ req[p][p] = 0
              /\ req' = [req EXCEPT ![p][p] = clock[p]]
              /\ network' = [network EXCEPT ![p] = Send(p, ReqMsg(clock[p]))]
              /\ ack' = [ack EXCEPT ![p] = {p}]
              /\ UNCHANGED <<clock, crit>>
Pending(q, p, t) == network[q][p] # <<>> /\ Head(network[q][p]).type = t
RcvRequest(p, q) == /\ Pending(q, p, "req")
                    /\ LET c == Head(network[q][p]).clock IN
                       /\ req' = [req EXCEPT ![p][q] = c]
                       /\ clock' = [clock EXCEPT ![p] = IF c > clock[p] THEN c + 1 ELSE @ + 1]
                    /\ network' = [network EXCEPT ![q][p] = Tail(@), ![p][q] = Append(@, AckMsg)]
                    /\ UNCHANGED <<ack, crit>>
RcvAck(p, q) == /\ Pending(q, p, "ack")
                /\ ack' = [ack EXCEPT ![p] = @ \cup {q}]
                /\ network' = [network EXCEPT ![q][p] = Tail(@)]
                /\ UNCHANGED <<clock, req, crit>>
Enter(p) == /\ ack[p] = Proc
            /\ \A q \in Proc \ {p} : Beats(p, q)
            /\ crit' = crit \cup {p}
            /\ UNCHANGED <<clock, req, ack, network>>
Exit(p) == /\ p \in crit
           /\ crit' = crit \ {p}
           /\ network' = [network EXCEPT ![p] = Send(p, RelMsg)]
           /\ req' = [req EXCEPT ![p][p] = 0]
           /\ ack' = [ack EXCEPT ![p] = {}]
           /\ UNCHANGED clock
RcvRelease(p, q) == /\ Pending(q, p, "rel")
                    /\ req' = [req EXCEPT ![p][q] = 0]
                    /\ network' = [network EXCEPT ![q][p] = Tail(@)]
                    /\ UNCHANGED <<clock, ack, crit>>
Next == \/ \E p \in Proc : Request(p) \/ Enter(p) \/ Exit(p)
        \/ \E p \in Proc : \E q \in Proc \ {p} : RcvRequest(p, q) \/ RcvAck(p, q) \/ RcvRelease(p, q)
Spec == Init /\ [][Next]_vars
ClockBound == \A p \in Proc : clock[p] <= maxClock
Mutex == \A p, q \in crit : p = q
====
