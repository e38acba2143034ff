#!/usr/bin/env bash
# The Spark engine's benchmarks of docs/benchmarks.md (org.stepplan.spark.bench.SparkBenchmark, test sources: MLlib
# is a test-scope dependency). Usage: stepplan-spark/benchmark.sh [JVM options --] fashion|synthetic MASTER ...
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jvm=()
if [[ " $* " == *" -- "* ]]; then
  while [[ "$1" != "--" ]]; do jvm+=("$1"); shift; done
  shift
fi
(cd "$root" && mvn -B -q -o test-compile -pl stepplan-spark -am \
  && mvn -B -q -o dependency:build-classpath -pl stepplan-spark -Dmdep.includeScope=test \
     -Dmdep.outputFile=target/benchmark.classpath) >&2
cp="$root/stepplan-spark/target/classes:$root/stepplan-spark/target/test-classes"
for m in learn problems core; do cp="$cp:$root/stepplan-$m/target/classes"; done
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec java "${jvm[@]}" -cp "$cp:$(cat "$root/stepplan-spark/target/benchmark.classpath")" \
  org.stepplan.spark.bench.SparkBenchmark "$@"
