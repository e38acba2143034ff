#!/usr/bin/env bash
# Builds a minimal SPARK_HOME (stepplan-spark/target/spark-home: a jars/ folder of links to the engine's classpath
# and stepplan's own jars) so that executor processes can start on this machine: the local-cluster[W,C,MB] master
# and a standalone master + workers need it. Prints the folder; use it as SPARK_HOME.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -B -q -o -DskipTests package -pl stepplan-spark -am) >&2
home="$root/stepplan-spark/target/spark-home"
rm -rf "$home" && mkdir -p "$home/jars"
tr ':' '\n' < "$root/stepplan-spark/target/engine.classpath" | while read -r jar || [[ -n "$jar" ]]; do ln -s "$jar" "$home/jars/"; done
for m in core problems learn spark; do ln -s "$root"/stepplan-$m/target/stepplan-$m-0.1.0-SNAPSHOT.jar "$home/jars/"; done
echo "$home"
