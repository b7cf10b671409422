#!/usr/bin/env bash
# Make sure PostgreSQL (127.0.0.1:5432) and NATS JetStream (127.0.0.1:4222) are up for the tests:
# start them when they are installed but stopped, or fail with a clear message.
set -uo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  for _ in $(seq 1 50); do port_open "$1" && return 0; sleep 0.2; done
  return 1
}

if ! port_open 5432; then
  echo "services: PostgreSQL is not running on 127.0.0.1:5432; starting it"
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  wait_port 5432 || { echo "services: ERROR: PostgreSQL is not reachable on 127.0.0.1:5432 (install it, or set DSL2PNG_TEST_DATABASE_URL)" >&2; exit 1; }
fi

if ! port_open 4222; then
  echo "services: NATS is not running on 127.0.0.1:4222; starting it with JetStream"
  if command -v nats-server >/dev/null || [ -x /usr/sbin/nats-server ]; then
    mkdir -p /var/lib/nats-server
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
      -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log || true
  fi
  wait_port 4222 || { echo "services: ERROR: NATS with JetStream is not reachable on 127.0.0.1:4222 (install nats-server)" >&2; exit 1; }
fi
echo "services: PostgreSQL and NATS are up"
