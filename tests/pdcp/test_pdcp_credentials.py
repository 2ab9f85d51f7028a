"""~/.pdcp/credentials.yaml: read after the argument and PDCP_*; unsafe, malformed, missing."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import httpx
import pytest

from scanclients import PDCP, AsyncPDCP, errors
from scanclients._pdcp.credentials import read_credentials
from tests.helpers import KEY, Recorder, only

FILE_KEY = "pdcp-file-key-0123456789abcdef"

NUCLEI_WRITES = f"""\
- username: alice
  email: alice@example.com
  api-key: {FILE_KEY}
  server: http://127.0.0.1:9
"""


def write(home: Path, text: str, mode: int = 0o600) -> Path:
    folder = home / ".pdcp"
    folder.mkdir(exist_ok=True)
    path = folder / "credentials.yaml"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_the_file_supplies_the_key_and_its_server_when_nothing_else_does(home: Path) -> None:
    path = write(home, NUCLEI_WRITES)
    recorder = Recorder(lambda r: httpx.Response(200, json={"message": "ok", "id": "s1"}))
    with PDCP(http_client=recorder.client()) as pd:
        assert pd.key_source == f"file ({path})"
        assert pd.base_url == "http://127.0.0.1:9"
        pd.scans.create(targets=["example.com"])
    assert recorder.requests[0].headers["X-API-Key"] == FILE_KEY


def test_the_first_entry_is_used(home: Path) -> None:
    write(home, NUCLEI_WRITES + "- api-key: second-key\n  server: https://other.example\n")
    assert AsyncPDCP()._options.api_key.reveal() == FILE_KEY


def test_the_environment_and_the_argument_win_over_the_file(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home, NUCLEI_WRITES)
    monkeypatch.setenv("PDCP_API_KEY", "env-key")
    from_env = PDCP()
    assert from_env.key_source == "environment (PDCP_API_KEY)"
    assert from_env._options.api_key.reveal() == "env-key"
    # The file's server belongs to the file's key: it is not used with another key.
    assert from_env.base_url == "https://api.projectdiscovery.io"
    from_argument = PDCP(api_key=KEY)
    assert from_argument.key_source == "argument"
    assert from_argument._options.api_key.reveal() == KEY


def test_the_server_variable_wins_over_the_file_server(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home, NUCLEI_WRITES)
    monkeypatch.setenv("PDCP_API_SERVER", "http://127.0.0.1:7")
    assert PDCP().base_url == "http://127.0.0.1:7"


def test_a_file_others_can_read_warns_where_the_client_is_built(home: Path) -> None:
    path = write(home, NUCLEI_WRITES, mode=0o644)
    with pytest.warns(errors.CredentialsFileWarning, match="chmod 600") as caught:
        PDCP()
    assert only(caught, errors.CredentialsFileWarning).filename == __file__
    assert str(path) in str(only(caught, errors.CredentialsFileWarning).message)
    assert FILE_KEY not in str(only(caught, errors.CredentialsFileWarning).message)


def test_a_file_others_can_read_warns_also_when_the_client_cannot_be_built(home: Path) -> None:
    write(home, NUCLEI_WRITES.replace("http://127.0.0.1:9", "http://remote.example"), mode=0o644)
    with (
        pytest.warns(errors.CredentialsFileWarning, match="chmod 600") as caught,
        pytest.raises(errors.ConfigurationError, match="plain HTTP to a remote host"),
    ):
        AsyncPDCP()
    assert only(caught, errors.CredentialsFileWarning).filename == __file__


def test_a_private_file_does_not_warn(home: Path) -> None:
    write(home, NUCLEI_WRITES)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        PDCP()


def test_a_missing_file_falls_through_to_the_no_key_error(home: Path) -> None:
    # Built without a key (the vulnerability database needs none); a call that needs one says
    # every place looked, the file's path among them (tests/pdcp/test_pdcp_keyless.py).
    pd = PDCP()
    assert pd.key_source == "none"
    with pytest.raises(errors.ConfigurationError) as caught:
        pd.scans.get("s1")
    message = str(caught.value)
    assert "no API key" in message
    assert "PDCP_API_KEY" in message
    assert str(home / ".pdcp" / "credentials.yaml") in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (f"api-key: {FILE_KEY}\n", "line 1: expected a list of entries"),
        (
            f"- username: a\n  api-key: {FILE_KEY}\n    server: x\n",
            "line 3: unexpected indentation",
        ),
        (f"- api-key: {FILE_KEY}\n  api-key: {FILE_KEY}\n", "line 2: api-key appears twice"),
        (f"- api-key: '{FILE_KEY}\n", "line 1: the quoted value of api-key is not closed"),
        (f'- api-key: "{FILE_KEY}\n', "line 1: the quoted value of api-key is not closed"),
        (f"- api-key: [{FILE_KEY}]\n", "line 1: the value of api-key is not a plain string"),
        (f"- {FILE_KEY}\n", "line 1: expected 'key: value'"),
        ("- username: alice\n", "the first entry has no api-key"),
        ("# nothing yet\n", "holds no credentials"),
        (f"-\tapi-key: {FILE_KEY}\n", "line 1: expected a list of entries"),
    ],
)
def test_a_malformed_file_names_the_file_and_the_problem_never_the_key(
    home: Path, text: str, problem: str
) -> None:
    path = write(home, text)
    with pytest.raises(errors.ConfigurationError) as caught:
        PDCP()
    message = str(caught.value)
    assert str(path) in message
    assert problem in message
    assert FILE_KEY not in message


def test_a_file_that_is_not_utf8_is_a_configuration_error(home: Path) -> None:
    path = home / ".pdcp"
    path.mkdir()
    (path / "credentials.yaml").write_bytes(b"- api-key: \xff\xfe\n")
    (path / "credentials.yaml").chmod(0o600)
    with pytest.raises(errors.ConfigurationError, match="not UTF-8"):
        PDCP()


def test_quoted_values_comments_and_a_document_start_are_read(tmp_path: Path) -> None:
    path = tmp_path / "credentials.yaml"
    path.write_text(
        "# written by nuclei -auth\n---\n"
        "-   username: 'o''brien'   # a comment\n"
        '    api-key: "k#1\\u0041"\n'
        "    server: https://api.example # trailing\n"
        "    extra-field: kept out\n"
    )
    path.chmod(0o600)
    stored = read_credentials(path)
    assert stored is not None
    assert (stored.username, stored.api_key, stored.server) == (
        "o'brien",
        "k#1A",
        "https://api.example",
    )
    assert stored.warning is None


def test_an_unreadable_file_is_a_configuration_error(home: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    write(home, NUCLEI_WRITES, mode=0o000)
    with pytest.raises(errors.ConfigurationError, match="cannot read"):
        PDCP()


def test_a_utf8_byte_order_mark_is_read_as_yaml_reads_it(home: Path) -> None:
    path = write(home, "\ufeff" + NUCLEI_WRITES)
    stored = read_credentials(path)
    assert stored is not None
    assert (stored.api_key, stored.server) == (FILE_KEY, "http://127.0.0.1:9")


@pytest.mark.parametrize("null", ["null", "~", "Null", "NULL", ""])
def test_a_null_server_is_absent_not_the_base_url_null(home: Path, null: str) -> None:
    write(home, f"- api-key: {FILE_KEY}\n  server: {null}\n")
    pd = PDCP()
    assert pd.base_url == "https://api.projectdiscovery.io"
    assert pd._options.api_key.reveal() == FILE_KEY


@pytest.mark.parametrize("null", ["~", "null"])
def test_a_null_api_key_is_no_key_never_the_key_null(home: Path, null: str) -> None:
    path = write(home, f"- api-key: {null}\n  server: http://127.0.0.1:9\n")
    with pytest.raises(errors.ConfigurationError) as caught:
        PDCP()
    assert str(path) in str(caught.value)
    assert "the first entry has no api-key" in str(caught.value)


def test_a_quoted_null_is_the_text_null(tmp_path: Path) -> None:
    path = tmp_path / "credentials.yaml"
    path.write_text("- api-key: 'null'\n")
    path.chmod(0o600)
    stored = read_credentials(path)
    assert stored is not None
    assert stored.api_key == "null"
