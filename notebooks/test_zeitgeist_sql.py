"""Tests of zeitgeist_sql without a JVM: a fake launcher speaks the `sql --serve` protocol.

    /usr/bin/python3 -m unittest discover -s notebooks -p 'test_*.py'
"""

import contextlib
import hashlib
import json
import os
import socket
import stat
import sys
import tempfile
import textwrap
import threading
import unittest
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import zeitgeist_sql  # noqa: E402
from zeitgeist_sql import QueryError, ServerError, Warehouse, to_frame  # noqa: E402

# Answers like `zeitgeist sql --serve`: "SELECT 1" gives one row, "ECHO" returns the request's
# args, "DIE" ends the process with a message on stderr, anything else is an error.
FAKE = textwrap.dedent("""\
    import json, sys
    if sys.argv[1:4] != ["sql", "--warehouse", sys.argv[3]] or sys.argv[4:] != ["--serve"]:
        print("zeitgeist sql: error: bad arguments " + repr(sys.argv[1:]), file=sys.stderr)
        sys.exit(2)
    print("starting Spark (a log line on stderr)", file=sys.stderr)
    for line in sys.stdin:
        req = json.loads(line)
        if req["sql"] == "SELECT 1":
            out = {"columns": ["1"], "types": ["int"], "rows": [[1]]}
        elif req["sql"] == "ECHO":
            out = {"columns": ["args", "warehouse"], "types": ["string", "string"],
                   "rows": [[json.dumps(req.get("args"), sort_keys=True), sys.argv[3]]]}
        elif req["sql"] == "DIE":
            print("java.lang.OutOfMemoryError: Java heap space", file=sys.stderr)
            sys.exit(1)
        else:
            out = {"error": "[PARSE_SYNTAX_ERROR] Syntax error at or near 'nope'."}
        print(json.dumps(out), flush=True)
""")


@contextlib.contextmanager
def _environment(**values):
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class _FakeListener:
    """A `zeitgeist sql --listen` stand-in on a loopback port, announced in home/servers."""

    def __init__(self, home, warehouse, secret):
        self.secret, self.secrets = secret, []
        self.server = socket.create_server(("127.0.0.1", 0))
        servers = Path(home) / "servers"
        servers.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(warehouse.encode()).hexdigest()[:24] + ".json"
        (servers / name).write_text(json.dumps(
            {"warehouse": warehouse, "host": "127.0.0.1", "port": self.server.getsockname()[1],
             "secret": secret, "pid": os.getpid()}))
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        with conn, conn.makefile("rw", encoding="utf-8", newline="\n") as f:
            hello = json.loads(f.readline())
            self.secrets.append(hello.get("secret"))
            if hello.get("secret") != self.secret:
                f.write(json.dumps({"error": "refused: wrong secret", "code": 2}) + "\n")
                f.flush()
                return
            f.write(json.dumps({"ok": True}) + "\n")
            f.flush()
            for line in f:
                req = json.loads(line)
                out = ({"columns": ["1"], "types": ["int"], "rows": [[1]]}
                       if req["sql"] == "SELECT 1" else {"error": "nope", "code": 2})
                f.write(json.dumps(out) + "\n")
                f.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the thread
        except OSError:
            pass
        self.server.close()


class ToFrameTest(unittest.TestCase):
    def test_dtypes_follow_spark_types(self):
        frame = to_frame({
            "columns": ["day", "n", "maybe", "tone", "d", "flag", "ts", "surfaces", "name"],
            "types": ["date", "bigint", "int", "double", "decimal(5,2)", "boolean", "timestamp",
                      "array<string>", "string"],
            "rows": [["2018-07-16", 3, None, -1.25, 12.5, True, "2026-11-22T07:07:40.123Z",
                      ["Putins", "Putin"], "Wladimir Putin"],
                     [None, 4, 7, "NaN", 1, False, None, [], None]],
        })
        self.assertEqual(str(frame.day.dtype), "datetime64[ns]")
        self.assertEqual(frame.day[0], pd.Timestamp("2018-07-16"))
        self.assertTrue(pd.isna(frame.day[1]))
        self.assertEqual(str(frame.n.dtype), "int64")
        self.assertEqual(str(frame.maybe.dtype), "Int64", "nullable ints when there are nulls")
        self.assertEqual(str(frame.tone.dtype), "float64")
        self.assertTrue(pd.isna(frame.tone[1]), "the string NaN becomes a float NaN")
        self.assertEqual(str(frame.d.dtype), "float64")
        self.assertEqual(str(frame.flag.dtype), "bool")
        self.assertEqual(str(frame.ts.dtype), "datetime64[ns, UTC]")
        self.assertEqual(frame.surfaces[0], ["Putins", "Putin"])
        self.assertEqual(frame.name[0], "Wladimir Putin")

    def test_an_empty_result_keeps_its_columns_and_types(self):
        frame = to_frame({"columns": ["period", "articles"], "types": ["date", "bigint"],
                          "rows": []})
        self.assertEqual(list(frame.columns), ["period", "articles"])
        self.assertEqual(len(frame), 0)
        self.assertEqual(str(frame.period.dtype), "datetime64[ns]")

    def test_duplicate_column_names(self):
        frame = to_frame({"columns": ["x", "x"], "types": ["int", "string"], "rows": [[1, "a"]]})
        self.assertEqual(list(frame.columns), ["x", "x"])
        self.assertEqual(frame.iloc[0, 1], "a")


class WarehouseTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.launcher = Path(self.dir.name) / "zeitgeist"
        self.launcher.write_text(f"#!{sys.executable}\n" + FAKE)
        self.launcher.chmod(self.launcher.stat().st_mode | stat.S_IXUSR)

    def tearDown(self):
        self.dir.cleanup()

    def test_queries_errors_and_close(self):
        with Warehouse("/some/warehouse", launcher=self.launcher) as wh:
            self.assertEqual(wh.sql("SELECT 1").iloc[0, 0], 1)
            with self.assertRaises(QueryError) as bad:
                wh.sql("SELECT nope")
            self.assertIn("PARSE_SYNTAX_ERROR", str(bad.exception))
            self.assertEqual(bad.exception.query, "SELECT nope")
            self.assertEqual(wh.sql("SELECT 1").iloc[0, 0], 1, "the server goes on after an error")
            process = wh._process
        self.assertIsNotNone(process.poll(), "close() stops the process")
        self.assertEqual(process.returncode, 0)

    def test_parameters_and_paths(self):
        with Warehouse("rel/wh", launcher=self.launcher) as wh:
            row = wh.sql("ECHO", entity="Berlin", top=3, day=pd.Timestamp("2018-07-16")).iloc[0]
        self.assertEqual(row.args,
                         '{"day": "2018-07-16T00:00:00", "entity": "Berlin", "top": 3}')
        self.assertEqual(row.warehouse, str(zeitgeist_sql.PROJECT / "rel/wh"),
                         "a relative warehouse is relative to the project")

    def test_default_warehouse_from_the_environment(self):
        old = os.environ.get("ZEITGEIST_WAREHOUSE")
        try:
            os.environ["ZEITGEIST_WAREHOUSE"] = "/data/wh"
            self.assertEqual(zeitgeist_sql.default_warehouse(), "/data/wh")
            del os.environ["ZEITGEIST_WAREHOUSE"]
            self.assertEqual(zeitgeist_sql.default_warehouse(),
                             str(zeitgeist_sql.PROJECT / "warehouse"))
        finally:
            if old is not None:
                os.environ["ZEITGEIST_WAREHOUSE"] = old

    def test_a_dead_server_is_reported_with_its_stderr(self):
        wh = Warehouse("/wh", launcher=self.launcher)
        with self.assertRaises(ServerError) as died:
            wh.sql("DIE")
        self.assertIn("exited with code 1", str(died.exception))
        self.assertIn("OutOfMemoryError", str(died.exception))
        with self.assertRaises(ServerError):
            wh.sql("SELECT 1")
        wh.close()

    def test_the_announced_file_is_named_as_the_server_names_it(self):
        # the same literal as SqlSocketServerTest: Java and Python agree on the file's name
        home = Path(self.dir.name) / "home"
        (home / "servers").mkdir(parents=True)
        (home / "servers" / "5fcdea6786b24b45bee25302.json").write_text(json.dumps(
            {"warehouse": "/data/warehouse", "host": "127.0.0.1", "port": 1, "secret": "s",
             "pid": 1}))
        with _environment(ZEITGEIST_HOME=str(home)):
            self.assertEqual(zeitgeist_sql.announced_server("/data/./x/../warehouse/")["port"], 1)
            self.assertIsNone(zeitgeist_sql.announced_server("/data/other"))

    def test_a_listening_server_is_used_instead_of_a_new_process(self):
        home = Path(self.dir.name) / "home"
        with _FakeListener(home, "/wh-served", "right") as listener, \
                _environment(ZEITGEIST_HOME=str(home)):
            with Warehouse("/wh-served", launcher=self.launcher) as wh:
                self.assertIsNone(wh._process, "no JVM of its own")
                self.assertIn("server on 127.0.0.1:", repr(wh))
                self.assertEqual(wh.sql("SELECT 1").iloc[0, 0], 1)
                with self.assertRaises(QueryError):
                    wh.sql("SELECT nope")
            self.assertEqual(listener.secrets, ["right"])
            listener.secret = "changed"
            with self.assertRaises(ServerError) as refused:
                Warehouse("/wh-served", launcher=self.launcher)
            self.assertIn("refused", str(refused.exception))

    def test_a_server_that_is_gone_means_a_process_of_its_own(self):
        home = Path(self.dir.name) / "home"
        with _FakeListener(home, "/wh-gone", "s"):
            pass  # closed: the announcement stays, the port does not answer
        with _environment(ZEITGEIST_HOME=str(home)):
            with Warehouse("/wh-gone", launcher=self.launcher) as wh:
                self.assertIsNotNone(wh._process)
                self.assertEqual(wh.sql("SELECT 1").iloc[0, 0], 1)

    def test_a_launcher_that_fails_at_start(self):
        wh = Warehouse("/wh", launcher=self.launcher, options=["--bogus"])
        with self.assertRaises(ServerError) as failed:
            wh.sql("SELECT 1")
        self.assertIn("zeitgeist sql: error: bad arguments", str(failed.exception))
        wh.close()


if __name__ == "__main__":
    unittest.main()
