"""Shared pieces of the pyegeria judge: the line under test, the wire recorder, the control API and
the three kinds of known deviation.

A deviation is a strict xfail with a reason that says whose fault it is:
- ``sandbox_gap``: the sandbox answers differently from real Egeria (captures in
  shared/egeria/captured or Egeria's source say what real Egeria does). The sandbox must change.
- ``pyegeria_bug``: pyegeria sends or reads something real Egeria would not serve or send.
- ``not_in_release``: pyegeria calls an operation the imitated release does not have.
Strict means a fix on either side turns the test into an XPASS failure, so the list stays true.
"""

import importlib.metadata
import json
import os
import urllib.parse
import urllib.request

import httpx
import pytest

LINE = os.environ.get("PYEGERIA_JUDGE_LINE", "")
PYEGERIA_VERSION = importlib.metadata.version("pyegeria")


def _xfail(prefix: str, reason: str, when: bool, raises):
    return pytest.mark.xfail(condition=when, strict=True, raises=raises, reason=f"{prefix}: {reason}")


def sandbox_gap(reason: str, *, when: bool = True, raises=AssertionError):
    return _xfail("sandbox", reason, when, raises)


def pyegeria_bug(reason: str, *, when: bool = True, raises=Exception):
    return _xfail(f"pyegeria {PYEGERIA_VERSION} bug", reason, when, raises)


def not_in_release(reason: str, *, when: bool = True, raises=Exception):
    return _xfail(f"real Egeria {LINE} does not serve this either", reason, when, raises)


def unique_name(kind: str, suffix: str) -> str:
    return f"PyegeriaJudge:{kind}:{suffix}"


def control_get(control_url: str, path: str, query: dict | None = None) -> dict:
    url = f"{control_url}/sandbox-control{path}"
    if query:
        url += "?" + urllib.parse.urlencode(query)
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def control_post(control_url: str, path: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"{control_url}/sandbox-control{path}",
        data=json.dumps(body or {}).encode(),
        headers={"content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read()
        return json.loads(text) if text else {}


class Recorder:
    """Wraps httpx's send so every exchange pyegeria makes is kept (tokens are never kept)."""

    def __init__(self):
        self.exchanges: list[dict] = []

    def install(self):
        recorder = self
        original_async = httpx.AsyncClient.send
        original_sync = httpx.Client.send

        async def async_send(client, request, **kwargs):
            response = await original_async(client, request, **kwargs)
            await response.aread()
            recorder._keep(request, response)
            return response

        def sync_send(client, request, **kwargs):
            response = original_sync(client, request, **kwargs)
            response.read()
            recorder._keep(request, response)
            return response

        httpx.AsyncClient.send = async_send
        httpx.Client.send = sync_send

    def _keep(self, request: httpx.Request, response: httpx.Response):
        is_token = request.url.path.endswith("/api/token")
        self.exchanges.append(
            {
                "method": request.method,
                "path": request.url.raw_path.decode(),
                "body": None if is_token else _json_or_text(request.content),
                "status": response.status_code,
                "answer": None if is_token else _json_or_text(response.content),
            }
        )

    def mark(self) -> int:
        return len(self.exchanges)

    def since(self, mark: int) -> list[dict]:
        return self.exchanges[mark:]

    def last(self) -> dict:
        return self.exchanges[-1]


def _json_or_text(content: bytes):
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode(errors="replace")


def guids(elements) -> set[str]:
    """GUIDs of a list of OpenMetadataRootElements as pyegeria returns them ("No elements found" is none)."""
    if isinstance(elements, str):
        return set()
    # Root elements name their GUID in a header; generic OpenMetadataElements as elementGUID.
    return {e["elementHeader"]["guid"] if "elementHeader" in e else e["elementGUID"] for e in elements}
