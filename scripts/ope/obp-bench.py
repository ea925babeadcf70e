"""Open Bandit Pipeline on the OPE benchmark's file (run by bench/ope.bench.ts when
MAESTRO_OBP_PYTHON names a Python with obp 0.5.7; see scripts/ope/obp-fixtures.py for the venv).
Prints one JSON line: load time, compute time, peak RSS and the workload it ran."""

import json
import resource
import sys
import time

t0 = time.perf_counter()
sys.path.insert(0, __file__.rsplit("/", 1)[0])
import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location("obp_fixtures", __file__.replace("obp-bench.py", "obp-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)  # installs the torch stub and imports obp's estimators

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from obp.utils import estimate_confidence_interval_by_bootstrap  # noqa: E402

data, base_path, cand_path, arms_csv = sys.argv[1:5]
arms = arms_csv.split(",")
df = pd.read_parquet(data)
n = len(df)
arm_index = {a: i for i, a in enumerate(arms)}
action = df["arm"].map(arm_index).to_numpy()
reward = df["reward"].to_numpy()
pscore = df["pscore"].to_numpy()
q_hat = np.stack([df[f"q_hat_{a}"].to_numpy() for a in arms], axis=1)[:, :, np.newaxis]
segments = df["segment"].to_numpy()


def action_dist(path):
    table = json.load(open(path))["table"]
    keys = sorted(table)
    mat = np.array([[table[k][a] for a in arms] for k in keys])
    idx = pd.Index(keys).get_indexer(segments)
    return mat[idx][:, :, np.newaxis]


dists = {"baseline": action_dist(base_path), "candidate": action_dist(cand_path)}
t1 = time.perf_counter()
est = {
    "ips": fixtures.InverseProbabilityWeighting(),
    "snips": fixtures.SelfNormalizedInverseProbabilityWeighting(),
    "dm": fixtures.DirectMethod(),
    "dr": fixtures.DoublyRobust(),
    "sndr": fixtures.SelfNormalizedDoublyRobust(),
}
rounds = {}
for name, e in est.items():
    for side, d in dists.items():
        kw = dict(reward=reward, action=action, pscore=pscore, action_dist=d, estimated_rewards_by_reg_model=q_hat)
        e.estimate_policy_value(**kw)
        if name == "dr":
            rounds[side] = e._estimate_round_rewards(position=np.zeros(n, dtype=int), **kw)
diff = rounds["candidate"] - rounds["baseline"]
fixtures.estimate_student_t_lower_bound(diff, delta=0.05)
estimate_confidence_interval_by_bootstrap(diff, n_bootstrap_samples=100, random_state=1)
t2 = time.perf_counter()
print(
    json.dumps(
        {
            "load_s": t1 - t0,
            "wall_s": t2 - t1,
            "max_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "workload": "obp 0.5.7: 5 estimators x 2 policies, t bound and a 100-resample bootstrap of the DR difference (data already loaded)",
        }
    )
)
