"""Spark SQL over a zeitgeist warehouse, from Python, through one JVM.

    from zeitgeist_sql import Warehouse
    wh = Warehouse()                       # $ZEITGEIST_WAREHOUSE, else <project>/warehouse
    df = wh.sql("SELECT period, articles FROM corpus_by_date WHERE grain = 'month'")
    top = wh.sql("SELECT * FROM entity_partners WHERE entity = :e", e="Berlin")

`Warehouse` starts `jobs/zeitgeist sql --warehouse PATH --serve` once and sends it one JSON line
per query; the answer comes back as one JSON line and becomes a pandas DataFrame. The JVM (and
its Spark) lives as long as the Warehouse: `close()`, a `with` block, or the end of the Python
process stops it. If Python dies without cleaning up, the JVM sees the end of its input and
exits too. When a `zeitgeist sql --listen` server is running for the same warehouse (it
announces itself in ~/.zeitgeist/servers, or $ZEITGEIST_HOME/servers), the Warehouse connects
to it instead, with the same protocol over a socket, and starts no JVM.

Column dtypes follow Spark's types: date -> datetime64[ns]; timestamp -> datetime64[ns, UTC];
tinyint/smallint/int/bigint -> int64 (pandas' nullable Int64 when the column has nulls);
float/double/decimal -> float64; boolean -> bool (nullable boolean with nulls); string, arrays,
maps and structs -> object (str, list, dict).

Standard library and pandas only (there is no Parquet reader for Python on the target systems).
"""

import atexit
import collections
import hashlib
import json
import os
import re
import socket
import subprocess
import threading
from pathlib import Path

import pandas as pd

PROJECT = Path(__file__).resolve().parent.parent
LAUNCHER = PROJECT / "jobs" / "zeitgeist"

_INT_TYPES = {"tinyint", "smallint", "int", "bigint"}
_FLOAT_TYPES = {"float", "double"}


class QueryError(Exception):
    """Spark refused or failed a query; the server is still running."""

    def __init__(self, message, query):
        super().__init__(message)
        self.query = query


class ServerError(RuntimeError):
    """The `zeitgeist sql --serve` process is gone or broke the protocol."""


def default_warehouse():
    """$ZEITGEIST_WAREHOUSE (relative to the project folder if relative), else <project>/warehouse."""
    return _resolve(os.environ.get("ZEITGEIST_WAREHOUSE") or "warehouse")


def _resolve(path):
    path = str(path)
    if "://" in path:  # hdfs://, s3a://, file:// ...
        return path
    p = Path(path).expanduser()
    return str(p if p.is_absolute() else PROJECT / p)


def announced_server(path):
    """The `zeitgeist sql --listen` server announced for the warehouse, as a dict with host, port,
    secret and pid, or None. The warehouse is named as the server names it: a local folder as its
    absolute, normalised path (no symbolic links followed), a URI with a scheme as written."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", path) and not path.startswith("file:"):
        key = path
    else:
        local = path[len("file:"):] if path.startswith("file:") else path
        if local.startswith("//"):
            local = local[2:]
        key = os.path.normpath(os.path.abspath(local))
    home = os.environ.get("ZEITGEIST_HOME") or os.path.join(os.path.expanduser("~"), ".zeitgeist")
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + ".json"
    try:
        with open(os.path.join(home, "servers", name), encoding="utf-8") as f:
            announced = json.load(f)
    except (OSError, ValueError):
        return None
    return announced if announced.get("warehouse") == key else None


class _Connection:
    """The protocol over a socket to a `zeitgeist sql --listen` server, after its secret."""

    def __init__(self, announced):
        self.where = f"{announced['host']}:{announced['port']}"
        self._socket = socket.create_connection((announced["host"], announced["port"]), timeout=2)
        self._socket.settimeout(None)
        self._file = self._socket.makefile("rw", encoding="utf-8", newline="\n")
        hello = self.ask(json.dumps({"secret": announced["secret"]}))
        if not hello or not json.loads(hello).get("ok"):
            self.close()
            raise ServerError(f"the server on {self.where} refused: {hello.strip()}")

    def ask(self, line):
        self._file.write(line + "\n")
        self._file.flush()
        return self._file.readline()

    def close(self):
        for c in (self._file, self._socket):
            try:
                c.close()
            except OSError:
                pass


class Warehouse:
    """One `zeitgeist sql --serve` process over one warehouse, or a connection to the running
    `zeitgeist sql --listen` server announced for it.

    path: the warehouse (default: `default_warehouse()`; a relative path is taken relative to
    the project folder, not the notebook's). launcher: the `zeitgeist` launcher (default: the
    project's `jobs/zeitgeist`, or $ZEITGEIST_LAUNCHER). options: more command-line options for
    the launcher, e.g. ["--driver-memory", "2g"]; they apply to a process of its own only, not
    to a running server (which was started with its own).
    """

    def __init__(self, path=None, launcher=None, options=()):
        self.path = _resolve(path) if path is not None else default_warehouse()
        self.launcher = str(launcher or os.environ.get("ZEITGEIST_LAUNCHER") or LAUNCHER)
        self._lock = threading.Lock()
        # The JVM's stderr (Spark warnings, start-up errors): the last lines, for error messages.
        self.log = collections.deque(maxlen=200)
        self._connection = None
        announced = announced_server(self.path)
        if announced is not None:
            try:
                self._connection = _Connection(announced)
                self._process = None
                atexit.register(self.close)
                return
            except OSError:
                pass  # a server that is gone: start our own
        command = [self.launcher, "sql", "--warehouse", self.path, "--serve", *options]
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                encoding="utf-8",
                bufsize=1,
            )
        except OSError as e:
            raise ServerError(f"cannot start {self.launcher}: {e}") from e
        self._stderr = threading.Thread(target=self._drain_stderr, daemon=True)
        self._stderr.start()
        atexit.register(self.close)

    def _drain_stderr(self):
        for line in self._process.stderr:
            self.log.append(line.rstrip("\n"))

    def sql(self, query, **params):
        """Runs one Spark SQL query and returns its rows as a DataFrame (every row: use LIMIT).

        Keyword arguments fill named parameter markers safely: `sql("... WHERE entity = :e", e=x)`.
        Values: str, int, float, bool, None; dates and datetimes are sent as ISO strings (write
        `DATE(:d)` in the query). Raises QueryError with Spark's message for a bad query.
        """
        request = {"sql": query}
        if params:
            request["args"] = {k: _json_value(v) for k, v in params.items()}
        answer = self._ask(json.dumps(request, ensure_ascii=False))
        if "error" in answer:
            raise QueryError(answer["error"], query)
        return to_frame(answer)

    def _ask(self, line):
        with self._lock:
            if self._connection is not None:
                try:
                    reply = self._connection.ask(line)
                except OSError as e:
                    raise ServerError(f"the server on {self._connection.where} failed: {e}") from e
                if not reply:
                    raise ServerError(f"the server on {self._connection.where} went away")
                return json.loads(reply)
            p = self._process
            if p.poll() is not None:
                self._died()
            try:
                p.stdin.write(line + "\n")
                p.stdin.flush()
                reply = p.stdout.readline()
            except (BrokenPipeError, ValueError):
                reply = ""
            if not reply:
                p.wait(timeout=30)
                self._died()
            try:
                return json.loads(reply)
            except json.JSONDecodeError as e:
                raise ServerError(f"not a JSON answer from {self.launcher}: {reply[:200]!r}") from e

    def _died(self):
        self._stderr.join(timeout=5)
        tail = "\n".join(list(self.log)[-20:]) or "(no output on stderr)"
        raise ServerError(
            f"zeitgeist sql --serve on {self.path} exited with code {self._process.returncode}:\n"
            + tail
        )

    def close(self):
        """Stops the JVM: end of its input, then SIGTERM after 30 s, SIGKILL after 10 s more.
        Connected to a `--listen` server, closes the connection (the server goes on)."""
        atexit.unregister(self.close)
        if self._connection is not None:
            self._connection.close()
            return
        p = self._process
        if p.poll() is None:
            try:
                p.stdin.close()
            except OSError:
                pass
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        self._stderr.join(timeout=5)  # ends at the end of the process's stderr
        for stream in (p.stdin, p.stdout, p.stderr):
            try:
                stream.close()
            except OSError:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._connection is not None:
            return f"Warehouse({self.path!r}, server on {self._connection.where})"
        state = "running" if self._process.poll() is None else "stopped"
        return f"Warehouse({self.path!r}, {state})"


def _json_value(v):
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if hasattr(v, "isoformat"):  # date, datetime, pandas.Timestamp
        return v.isoformat()
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    raise TypeError(f"a query parameter must be str, int, float, bool, None or a date, got {v!r}")


def to_frame(answer):
    """A server answer {"columns", "types", "rows"} as a DataFrame with dtypes from the types."""
    columns = answer["columns"]
    if answer["rows"]:
        frame = pd.DataFrame.from_records(answer["rows"], columns=range(len(columns)))
    else:
        frame = pd.DataFrame({i: pd.Series([], dtype=object) for i in range(len(columns))})
    for i, spark_type in enumerate(answer["types"]):
        frame[i] = _convert(frame[i], spark_type)
    frame.columns = columns  # after conversion: Spark allows duplicate column names
    return frame


def _convert(col, spark_type):
    if spark_type == "date":
        return pd.to_datetime(col, format="%Y-%m-%d")
    if spark_type == "timestamp":
        return pd.to_datetime(col, utc=True)
    if spark_type == "timestamp_ntz":
        return pd.to_datetime(col)
    if spark_type in _INT_TYPES:
        return col.astype("Int64" if col.isna().any() else "int64")
    if spark_type in _FLOAT_TYPES or spark_type.startswith("decimal"):
        return col.astype("float64")  # also turns the strings "NaN", "Infinity" into floats
    if spark_type == "boolean":
        return col.astype("boolean" if col.isna().any() else "bool")
    return col
