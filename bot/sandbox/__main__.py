"""`python -m bot.sandbox`: run the sandbox on its own, with its control API, until interrupted.

Prints one JSON line with the settings that point a bot at it (token, API and gateway URLs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal

from bot.sandbox.server import Sandbox


async def serve(port: int) -> None:
    sandbox = await Sandbox(port=port, control=True).start()
    control = f"http://127.0.0.1:{sandbox.port}/_sandbox"
    print(json.dumps({**sandbox.settings_env(), "CONTROL_URL": control}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await sandbox.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    asyncio.run(serve(parser.parse_args().port))


if __name__ == "__main__":
    main()
