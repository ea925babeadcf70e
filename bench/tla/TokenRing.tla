---- MODULE TokenRing ----
\* Dijkstra's self-stabilising token ring (EWD426), as in tests/fixtures/modelcheck/reference/tokenring.yaml.
EXTENDS Naturals
CONSTANTS N, M
Node == 0 .. N - 1
VARIABLE c
Init == c \in [Node -> 0 .. M - 1]
CreateToken == c[0] = c[N - 1] /\ c' = [c EXCEPT ![0] = (c[N - 1] + 1) % M]
PassToken(i) == c[i] # c[i - 1] /\ c' = [c EXCEPT ![i] = c[i - 1]]
Next == CreateToken \/ \E i \in 1 .. N - 1 : PassToken(i)
Spec == Init /\ [][Next]_c
====
