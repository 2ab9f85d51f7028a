"""Cancellation and cut downloads leave nothing behind: no task, no open connection, no file."""

from __future__ import annotations

import asyncio

import pytest

from scanclients import AsyncHostedScan, errors
from tests.helpers import KEY


async def test_cancelling_wait_mid_poll_leaves_no_task_and_no_open_connection(mock) -> None:
    mock.settings.scan_seconds = 60
    mock.settings.fault = "slow:0.5"  # cancel while a poll is in flight
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        mock.settings.fault = None
        scan = await hs.scans.create(type="NMAP", targets=["example.com"])
        mock.settings.fault = "slow:0.5"
        task = asyncio.create_task(hs.scans.wait(scan.id, poll_interval=0.01))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
        pool = hs._http._transport._pool  # type: ignore[attr-defined]
        assert [c for c in pool.connections if not (c.is_idle() or c.is_closed())] == []
    mock.settings.fault = None


async def test_an_async_download_cut_short_leaves_nothing(mock, tmp_path) -> None:
    async with AsyncHostedScan(api_key=KEY, base_url=mock.hostedscan_url) as hs:
        scan = await hs.scans.create_and_wait(
            type="NMAP", targets=["example.com"], poll_interval=0.01
        )
        mock.settings.fault = "truncated"
        with pytest.raises(errors.APIConnectionError):
            await hs.results.download(scan.results[0].result_id, tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []
