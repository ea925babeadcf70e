"""Generates tests/ope/fixtures/obp-*.json with Open Bandit Pipeline (obp 0.5.7).

The fixtures hold small logged datasets and what obp's estimators and bound helpers return on
them; tests/ope/obp-agreement.test.ts checks Maestro Gate against them to 1e-9 relative, so CI
does not need obp.

How it was run (obp 0.5.7 needs Python < 3.11 and pins torch; none of the estimators used here
touch torch):

    python3.10 -m venv /tmp/obp-venv
    /tmp/obp-venv/bin/pip install "numpy<2" scipy "pandas<2.2" "scikit-learn<1.4" \
        "matplotlib<3.8" seaborn tqdm pyyaml "pyarrow<17"
    /tmp/obp-venv/bin/pip install --no-deps obp==0.5.7
    /tmp/obp-venv/bin/python scripts/ope/obp-fixtures.py

`obp/__init__` imports its policy learners, which import torch at module level; a stub module
stands in for torch (below) so the estimator modules import. The stub is never called.
"""

import json
import sys
import types
from pathlib import Path

import numpy as np


class _TorchStub(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        value = _TorchStub(f"{self.__name__}.{name}")
        setattr(self, name, value)
        sys.modules[value.__name__] = value
        return value

    def __call__(self, *args, **kwargs):
        return self

    def __mro_entries__(self, bases):
        return (object,)


for _name in ["torch", "torch.nn", "torch.nn.functional", "torch.optim", "torch.utils", "torch.utils.data"]:
    sys.modules[_name] = _TorchStub(_name)
sys.modules["torch"].nn = sys.modules["torch.nn"]
sys.modules["torch.nn"].functional = sys.modules["torch.nn.functional"]
sys.modules["torch"].optim = sys.modules["torch.optim"]
sys.modules["torch"].utils = sys.modules["torch.utils"]
sys.modules["torch.utils"].data = sys.modules["torch.utils.data"]

from obp.ope.estimators import (  # noqa: E402
    DirectMethod,
    DoublyRobust,
    InverseProbabilityWeighting,
    SelfNormalizedDoublyRobust,
    SelfNormalizedInverseProbabilityWeighting,
)
from obp.ope.helper import (  # noqa: E402
    estimate_bernstein_lower_bound,
    estimate_student_t_lower_bound,
)
from obp.version import __version__ as OBP_VERSION  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "tests" / "ope" / "fixtures"


def dirichlet_table(rs, k, a, concentration, floor=0.0):
    t = rs.dirichlet(np.full(a, concentration), size=k)
    if floor > 0:
        t = (t + floor) / (1 + a * floor)
    return t


def one_case(name, seed, n, k, a, reward_kind, clip, deterministic_candidate, alpha=0.05):
    rs = np.random.RandomState(seed)
    logging = dirichlet_table(rs, k, a, 1.0, floor=0.01)
    baseline = dirichlet_table(rs, k, a, 0.7)
    if deterministic_candidate:
        best = rs.randint(0, a, size=k)
        candidate = np.zeros((k, a))
        candidate[np.arange(k), best] = 1.0
    else:
        candidate = dirichlet_table(rs, k, a, 0.5)
    mu = rs.uniform(0.05, 0.95, size=(k, a))
    ctx = rs.randint(0, k, size=n)
    action = np.array([rs.choice(a, p=logging[c]) for c in ctx])
    pscore = logging[ctx, action]
    if reward_kind == "bernoulli":
        reward = (rs.uniform(size=n) < mu[ctx, action]).astype(float)
    else:
        reward = mu[ctx, action] + rs.normal(scale=0.5, size=n)
    q_hat = np.clip(mu[ctx] + rs.normal(scale=0.1, size=(n, a)), 0, 1)

    lam = np.inf if clip is None else float(clip)
    estimators = {
        "ips": InverseProbabilityWeighting(lambda_=lam),
        "snips": SelfNormalizedInverseProbabilityWeighting(),
        "dm": DirectMethod(),
        "dr": DoublyRobust(lambda_=lam),
        "sndr": SelfNormalizedDoublyRobust(),
    }
    results = {}
    for est_name, est in estimators.items():
        per_policy = {}
        rounds = {}
        for side, table in (("baseline", baseline), ("candidate", candidate)):
            action_dist = table[ctx][:, :, np.newaxis]
            kwargs = dict(
                reward=reward,
                action=action,
                pscore=pscore,
                action_dist=action_dist,
                estimated_rewards_by_reg_model=q_hat[:, :, np.newaxis],
            )
            value = est.estimate_policy_value(**kwargs)
            rr = est._estimate_round_rewards(position=np.zeros(n, dtype=int), **kwargs)
            rounds[side] = rr
            per_policy[side] = {
                "value": float(value),
                "t_lower": float(estimate_student_t_lower_bound(rr, delta=alpha)),
            }
        d = rounds["candidate"] - rounds["baseline"]
        lo = d.min()
        results[est_name] = {
            **per_policy,
            "difference": {
                "value": float(d.mean()),
                "t_lower": float(estimate_student_t_lower_bound(d, delta=alpha)),
                # obp's Bernstein helper assumes values >= 0: shift the signed difference by its
                # minimum and use its range as x_max, then shift the bound back.
                "bernstein_lower": float(
                    estimate_bernstein_lower_bound(d - lo, x_max=float(d.max() - lo), delta=alpha) + lo
                ),
            },
        }
    w = candidate[ctx, action] / pscore
    case = {
        "name": name,
        "generator": f"scripts/ope/obp-fixtures.py (obp {OBP_VERSION}, numpy {np.__version__})",
        "alpha": alpha,
        "clip": clip,
        "arms": [f"a{i}" for i in range(a)],
        "baseline": {f"c{i}": dict(zip([f"a{j}" for j in range(a)], map(float, baseline[i]))) for i in range(k)},
        "candidate": {f"c{i}": dict(zip([f"a{j}" for j in range(a)], map(float, candidate[i]))) for i in range(k)},
        "rows": [
            {
                "segment": f"c{int(ctx[i])}",
                "arm": f"a{int(action[i])}",
                "pscore": float(pscore[i]),
                "reward": float(reward[i]),
                "q_hat": {f"a{j}": float(q_hat[i, j]) for j in range(a)},
            }
            for i in range(n)
        ],
        "expected": {
            "estimators": results,
            "candidate_ess": float(w.sum() ** 2 / (w**2).sum()),
            "candidate_max_weight": float(w.max()),
        },
    }
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"obp-{name}.json"
    path.write_text(json.dumps(case, separators=(",", ":")) + "\n")
    print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    one_case("bernoulli", seed=1, n=400, k=8, a=4, reward_kind="bernoulli", clip=None, deterministic_candidate=False)
    one_case("gaussian-clipped", seed=2, n=400, k=12, a=5, reward_kind="gaussian", clip=4.0, deterministic_candidate=False)
    one_case("deterministic", seed=3, n=600, k=6, a=10, reward_kind="bernoulli", clip=20.0, deterministic_candidate=True)
