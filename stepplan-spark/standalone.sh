#!/usr/bin/env bash
# A Spark standalone cluster on this machine, on 127.0.0.1 only: one master and two workers (1 core, 1 GB each), run
# from the engine's classpath (the SPARK_HOME of spark-home.sh, which also gives the executors stepplan's jars).
#   stepplan-spark/standalone.sh start    starts them, waits until both workers have registered, prints the master URL
#   stepplan-spark/standalone.sh stop     stops exactly the processes start launched (their pids), nothing else
# Ports: STEPPLAN_SPARK_PORT (default 7077) for the master, STEPPLAN_SPARK_UI_PORT (default 8090) for its web UI
# (read here to see the workers). Logs, pids and the workers' folders: stepplan-spark/target/standalone/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="$root/stepplan-spark/target/standalone"
port="${STEPPLAN_SPARK_PORT:-7077}"
ui="${STEPPLAN_SPARK_UI_PORT:-8090}"
workers=2

stop() {
  local pidfile pid
  for pidfile in "$run"/*.pid; do
    [[ -f "$pidfile" ]] || continue
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
    fi
    rm -f "$pidfile"
  done
}

alive_workers() {
  curl -s "http://127.0.0.1:$ui/json/" | sed -n 's/.*"aliveworkers" *: *\([0-9]*\).*/\1/p'
}

case "${1:-}" in
  start)
    if compgen -G "$run/*.pid" >/dev/null; then
      echo "standalone.sh: a cluster started here may still run ($run/*.pid); run: $0 stop" >&2
      exit 2
    fi
    home="$("$root/stepplan-spark/spark-home.sh")"
    export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
    mkdir -p "$run"
    trap 'echo "standalone.sh: start failed, stopping what it started (logs in $run)" >&2; stop' ERR
    java -Xmx512m -cp "$home/jars/*" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port "$ui" >"$run/master.log" 2>&1 &
    echo $! >"$run/master.pid"
    for w in $(seq "$workers"); do
      java -Xmx512m -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$port" \
        --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 --work-dir "$run/worker$w" \
        >"$run/worker$w.log" 2>&1 &
      echo $! >"$run/worker$w.pid"
    done
    for _ in $(seq 300); do
      [[ "$(alive_workers)" == "$workers" ]] && break
      sleep 1
    done
    if [[ "$(alive_workers)" != "$workers" ]]; then
      echo "standalone.sh: the workers did not register within 300 s" >&2
      false
    fi
    trap - ERR
    echo "spark://127.0.0.1:$port"
    ;;
  stop)
    stop
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
