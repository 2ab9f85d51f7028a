"""Issue 16, what careless input, a shared machine and a new user do: linear-time text handling,
bad input refused before any I/O, errors that pickle without the key, downloads that respect the
file system, a command line that says one line, and a mock service that answers 400/413."""

from __future__ import annotations

import concurrent.futures
import errno
import multiprocessing
import os
import pickle
import socket
import stat
import subprocess
import sys
import threading
import time
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from scanclients import PDCP, AsyncHostedScan, HostedScan, TruncatedTargetsWarning, errors, scope
from scanclients._cli import cli
from scanclients._generated.hostedscan_models import Scan
from tests.helpers import KEY, ROOT
from tests.hostile import HostileServer, fixed

# --- finding 4: linear time -----------------------------------------------------------------


def test_an_html_page_of_a_mebibyte_of_angle_brackets_is_read_in_linear_time() -> None:
    page = b"<" * (1024 * 1024)
    with HostileServer(fixed(502, page, {"content-type": "text/html"})) as server:
        hs = HostedScan(api_key=KEY, base_url=server.url, max_retries=0)
        started = time.monotonic()
        with pytest.raises(errors.InternalServerError):
            hs.scans.get("s1")
    assert time.monotonic() - started < 1.0


def test_ten_stars_against_a_long_host_do_not_backtrack() -> None:
    started = time.monotonic()
    preview = scope.preview(targets=["a" * 44], exclusions=["*a" * 10 + "b"])
    assert preview.included == ["a" * 44]
    assert time.monotonic() - started < 0.1


def test_twenty_thousand_targets_and_a_hundred_patterns_take_seconds_not_minutes() -> None:
    targets = [f"host-{i}.zone-{i % 50}.example.com" for i in range(20_000)]
    patterns = [f"*.zone-{i}.example.com" for i in range(0, 100, 2)] + [
        f"host-{i}.zone-{i % 50}.example.com" for i in range(50)
    ]
    started = time.monotonic()
    preview = scope.preview(targets=targets, exclusions=patterns)
    assert time.monotonic() - started < 3.0
    assert len(preview.excluded) == 10_000 + 25
    assert preview.excluded["host-0.zone-0.example.com"] == "*.zone-0.example.com"
    assert preview.excluded["host-1.zone-1.example.com"] == "host-1.zone-1.example.com"


# --- findings 8 and 9: bad input before any I/O ---------------------------------------------

LONE = "\udcff"
BAD_CALLS = [
    (
        "surrogate pdcp target",
        lambda pd, hs, p: pd.scans.create(targets=[f"a{LONE}.com"]),
        "targets[0]",
    ),
    (
        "surrogate pdcp name",
        lambda pd, hs, p: pd.scans.create(targets=["a.com"], name=LONE),
        "name",
    ),
    (
        "surrogate hostedscan target",
        lambda pd, hs, p: hs.scans.create(type="NMAP", targets=[LONE]),
        "targets[0]",
    ),
    ("surrogate scan id", lambda pd, hs, p: hs.scans.get(LONE), "scan_id"),
    ("surrogate result id", lambda pd, hs, p: hs.results.read(LONE), "result_id"),
    ("NUL in a download path", lambda pd, hs, p: hs.results.download("r", str(p / "a\0b")), "path"),
    (
        "preview of None targets",
        lambda pd, hs, p: scope.preview(targets=None, exclusions=[]),
        "targets",
    ),
    (
        "preview of None exclusions",
        lambda pd, hs, p: scope.preview(targets=["a"], exclusions=None),
        "exclusions",
    ),
]


@pytest.mark.parametrize(("case", "call", "field"), BAD_CALLS, ids=[c for c, _, _ in BAD_CALLS])
def test_bad_input_is_a_validation_error_before_any_request(case, call, field, mock, tmp_path):
    with (
        PDCP(api_key=KEY, base_url=mock.pdcp_url) as pd,
        HostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs,
    ):
        with pytest.raises(errors.ValidationError) as caught:
            call(pd, hs, tmp_path)
    assert caught.value.field == field
    assert mock.requests() == {"pdcp": 0, "hostedscan": 0}


BAD_OPTIONS = [
    ({"api_key": 5}, "api_key: expected a string"),
    ({"base_url": 5}, "base_url: expected a string"),
    ({"base_url": "http://127.0.0.1:80\t/"}, "control or non-ASCII"),
    ({"base_url": "http://127.0.0.1\x7f/"}, "control or non-ASCII"),
    ({"base_url": "https://api.example.com:99999"}, "invalid port"),
    ({"api_key": "sk-ключ"}, "non-ASCII"),
    ({"team_id": "команда"}, "X-Team-Id"),
    ({"team_id": "t1\r\nX-Evil: 1"}, "X-Team-Id"),
    ({"team_id": 5}, "team_id: expected a string"),
    ({"allow_insecure_http": "false"}, "allow_insecure_http: expected True or False"),
    ({"allow_insecure_http": 0}, "allow_insecure_http"),
    ({"deadline": "5"}, "deadline"),
    ({"max_body_size": 10}, "max_body_size"),
]


@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS)
def test_bad_options_are_a_configuration_error_at_construction(options, message) -> None:
    with pytest.raises(errors.ConfigurationError, match=message) as caught:
        PDCP(**{"api_key": KEY, **options})
    assert "sk-ключ" not in str(caught.value)  # the key is never echoed


def test_a_lone_surrogate_on_the_command_line_is_one_line_and_exit_2(mock) -> None:
    env = {**os.environ, "PDCP_API_KEY": KEY, "PDCP_API_SERVER": mock.pdcp_url}
    result = subprocess.run(
        [sys.executable, "-m", "scanclients", "pdcp", "create", "-t", b"\xff.example.com"],
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") == 1
    assert mock.requests()["pdcp"] == 0


# --- finding 13: every exception pickles, without the key -----------------------------------


def _status_error(mock: Any) -> errors.APIStatusError:
    mock.settings.fault = "server-error"
    try:
        PDCP(api_key=KEY, base_url=mock.pdcp_url, max_retries=0).scans.create(targets=["a.com"])
    except errors.APIStatusError as error:
        return error
    finally:
        mock.settings.fault = None
    raise AssertionError("no error")


def test_every_exception_pickles_and_unpickles_without_the_key(mock) -> None:
    scan = Scan.model_validate({"id": "s1", "state": "FAILED", "progress": 100})
    response = httpx.Response(200, content=b"x", request=httpx.Request("GET", "https://a/"))
    instances = [
        _status_error(mock),
        errors.ConfigurationError("bad"),
        errors.ValidationError("targets", "empty"),
        errors.WebhookVerificationError("no"),
        errors.ScanFailedError(scan),
        errors.WaitTimeoutError(scan, 5),
        errors.ClientClosedError("closed"),
        errors.EventLoopError("loop"),
        errors.APITimeoutError(
            "slow",
            service="PDCP",
            request=httpx.Request("GET", "https://a/", headers={"X-API-Key": KEY}),
        ),
        errors.UnexpectedResponseError("odd", service="HostedScan", response=response),
    ]
    for error in instances:
        data = pickle.dumps(error)
        assert KEY.encode() not in data, type(error).__name__
        copy = pickle.loads(data)
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert getattr(copy, "maybe_created", None) == getattr(error, "maybe_created", None)
    status = instances[0]
    assert KEY not in repr(status.request.headers)
    assert KEY not in repr(status.response.request.headers)
    assert pickle.loads(pickle.dumps(status)).status_code == 500
    warning = pickle.loads(pickle.dumps(TruncatedTargetsWarning("s1", 3)))
    assert (warning.scan_id, warning.dropped) == ("s1", 3)


def _fetch_missing_scan(url: str) -> None:
    HostedScan(api_key=KEY, base_url=url, max_retries=0).scans.get("missing")


def test_an_error_raised_in_a_process_pool_reaches_the_caller_typed(mock) -> None:
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
        futures = [pool.submit(_fetch_missing_scan, mock.hostedscan_url) for _ in range(3)]
        for future in futures:
            error = future.exception(timeout=30)
            assert isinstance(error, errors.NotFoundError)
            assert error.status_code == 404


# --- findings 10 and 15: downloads and the file system --------------------------------------


@pytest.fixture
def result(mock) -> tuple[HostedScan, str]:
    hs = HostedScan(api_key=KEY, base_url=mock.hostedscan_url)
    scan = hs.scans.create_and_wait(type="NMAP", targets=["a.com"], poll_interval=0.01)
    return hs, next(r.result_id for r in scan.results if r.content_type == "application/pdf")


@pytest.fixture
def umask() -> Any:
    def set_umask(value: int) -> None:
        os.umask(value)

    previous = os.umask(0o022)
    yield set_umask
    os.umask(previous)


def test_a_new_file_gets_the_callers_umask_and_a_replaced_file_keeps_its_mode(
    result, tmp_path, umask
) -> None:
    hs, result_id = result
    umask(0o022)
    assert stat.S_IMODE(hs.results.download(result_id, tmp_path / "a.pdf").stat().st_mode) == 0o644
    umask(0o077)
    assert stat.S_IMODE(hs.results.download(result_id, tmp_path / "b.pdf").stat().st_mode) == 0o600
    shared = tmp_path / "a.pdf"
    shared.chmod(0o640)
    hs.results.download(result_id, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640


def test_a_fifo_is_written_directly_and_stays_a_fifo(result, tmp_path) -> None:
    hs, result_id = result
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as reader:
            received.append(reader.read())

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(0.1)  # the reader opens first: a FIFO without one is refused (below)
    hs.results.download(result_id, fifo)
    reader.join(5)
    assert received[0].startswith(b"%PDF")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_fifo_nobody_reads_is_refused_instead_of_blocking(result, tmp_path) -> None:
    hs, result_id = result
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(errors.ValidationError, match="cannot write to"):
        hs.results.download(result_id, tmp_path / "pipe")


def test_a_symlink_to_a_device_is_written_through_and_kept(result, tmp_path) -> None:
    hs, result_id = result
    link = tmp_path / "out"
    link.symlink_to("/dev/null")
    hs.results.download(result_id, link)
    assert link.is_symlink()
    assert os.readlink(link) == "/dev/null"


def test_a_symlink_to_a_file_keeps_the_link_and_replaces_the_file(result, tmp_path) -> None:
    hs, result_id = result
    (tmp_path / "real.pdf").write_bytes(b"old")
    link = tmp_path / "latest.pdf"
    link.symlink_to("real.pdf")
    hs.results.download(result_id, link)
    assert link.is_symlink()
    assert (tmp_path / "real.pdf").read_bytes().startswith(b"%PDF")


def test_a_socket_is_refused(result, tmp_path) -> None:
    hs, result_id = result
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "s"))
    try:
        with pytest.raises(errors.ValidationError, match="not a regular file"):
            hs.results.download(result_id, tmp_path / "s")
    finally:
        server.close()


def test_a_full_device_is_a_scanclients_error(result) -> None:
    hs, result_id = result
    with pytest.raises(errors.ScanClientsError, match="No space left"):
        hs.results.download(result_id, "/dev/full")


@pytest.mark.parametrize(("failing", "code"), [("fsync", errno.ENOSPC), ("replace", errno.EBUSY)])
def test_a_failing_fsync_or_rename_is_a_scanclients_error_and_leaves_the_old_file(
    result, tmp_path, monkeypatch, failing, code
) -> None:
    hs, result_id = result
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        if failing == "fsync":
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    def replace(source: Any, destination: Any) -> None:
        calls.append("replace")
        if failing == "replace":
            raise OSError(code, os.strerror(code))
        real_replace(source, destination)

    monkeypatch.setattr("scanclients._core.download.os.fsync", fsync)
    monkeypatch.setattr("scanclients._core.download.os.replace", replace)
    with pytest.raises(errors.ScanClientsError, match=os.strerror(code)):
        hs.results.download(result_id, target)
    assert calls[0] == "fsync"  # flushed to disk before the rename
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


# --- findings 17 and 18: the command line ---------------------------------------------------


@pytest.fixture
def run(cli_env):
    return lambda *arguments: CliRunner().invoke(cli, list(arguments))


@pytest.mark.parametrize(
    ("arguments", "content", "message"),
    [
        (["pdcp", "create", "--targets-file"], b"", "has no targets"),
        (["pdcp", "create", "--targets-file"], b"# only a comment\n\n", "has no targets"),
        (["pdcp", "create", "--targets-file"], b"a.com\n\xff\xfe.com\n", "is not UTF-8"),
        (["hostedscan", "create", "--type", "NMAP", "--targets-file"], b"", "has no targets"),
        (["pdcp", "create"], None, "no targets"),
        (["hostedscan", "create", "--type", "NMAP"], None, "no targets"),
        (
            ["pdcp", "create", "-t", "a.com", "--set", 'asset_filters={"time": "last_week"'],
            None,
            "not valid JSON",
        ),
    ],
)
def test_commands_refuse_a_scan_of_nothing_and_broken_input(
    run, mock, tmp_path, arguments, content, message
) -> None:
    if content is not None:
        (tmp_path / "targets.txt").write_bytes(content)
        arguments = [*arguments, str(tmp_path / "targets.txt")]
    result = run(*arguments)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert mock.requests() == {"pdcp": 0, "hostedscan": 0}


def test_a_truncated_targets_warning_is_one_line(run, mock) -> None:
    mock.settings.max_targets = 1
    result = run("pdcp", "create", "-t", "a.com", "-t", "b.com")
    assert result.exit_code == 0
    assert (
        result.stderr
        == "warning: PDCP dropped 1 target from scan "
        + result.stderr.split("scan ")[1].split("\n")[0]
        + "\n"
    )
    assert "warn(" not in result.stderr


def test_a_502_page_reads_once_with_a_full_stop(run, mock) -> None:
    mock.settings.fault = "bad-gateway"
    result = run("hostedscan", "create", "--type", "NMAP", "-t", "a.com")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: HostedScan: 502 Bad Gateway. The scan may have been created: list your scans"
    )


def test_the_mock_without_its_extra_says_so_in_one_line() -> None:
    script = (
        "import sys, runpy; sys.modules['uvicorn'] = None; sys.argv = ['mock'];"
        " runpy.run_module('scanclients.mock', run_name='__main__')"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2
    assert "needs the mock extra (scanclients is not on PyPI)" in result.stderr
    assert "Traceback" not in result.stderr


# --- finding 19: the mock answers 400 and 413 in the API's error shape ----------------------


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("POST", "/v1/scans", b'{"type": "NMAP", "targets": ["\xff"]}', 400, "not UTF-8"),
        ("POST", "/v1/scans", b"[" * 100_000 + b"]" * 100_000, 400, "nested too deeply"),
        ("GET", "/v1/scans?page_token=" + "9" * 5000, b"", 400, "page_token"),
        ("POST", "/v1/scans", b" " * (17 * 1024 * 1024), 413, "larger than"),
    ],
)
def test_the_mock_answers_bad_requests_in_the_api_error_shape(
    mock, method, path, body, status, message
) -> None:
    headers = {"X-HOSTEDSCAN-API-KEY": KEY, "content-type": "application/json"}
    answer = httpx.request(method, mock.hostedscan_url + path, content=body, headers=headers)
    assert answer.status_code == status
    assert message in answer.json()["message"]
    assert answer.json()["status"] == status


def test_an_async_client_masks_its_key_too(mock) -> None:
    import asyncio

    async def fail() -> errors.APIStatusError:
        async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
            try:
                await hs.scans.get("missing")
            except errors.APIStatusError as error:
                return error
        raise AssertionError("no error")

    error = asyncio.run(fail())
    assert KEY not in repr(error.request.headers) + repr(pickle.dumps(error))
