"""`python -m dash demo|doctor`: a thin command-line front; the work lives in dash.demo and dash.doctor."""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dash", description="dash command-line tools.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{demo,doctor}")
    demo = commands.add_parser("demo", help="serve the demo app on 127.0.0.1")
    demo.add_argument("--host", default="127.0.0.1", help="interface to bind (default: %(default)s)")
    demo.add_argument("--port", type=int, default=8050, help="port to serve on (default: %(default)s)")
    demo.add_argument("--debug", action="store_true", help="debug mode: reloader and the error overlay")
    doctor = commands.add_parser("doctor", help="compare the installed Flask stack with the tested one")
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    if args.command == "demo":
        from .demo import create_app

        app = create_app()
        if os.environ.get("WERKZEUG_RUN_MAIN") != "true":  # with --debug, the reloader's child says nothing
            print(f"dash demo: serving on http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
        app.run(host=args.host, port=args.port, debug=args.debug)
        return 0
    try:
        from .doctor import main as doctor_main
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] != "packaging":
            raise
        # The doctor reads requirements with `packaging`, itself one of dash's requirements: missing, the
        # stack is outside dash's requirements (the doctor's exit code 2 for that verdict).
        print(
            "dash needs 'packaging' (>=22), which is not installed in this Python, and the doctor reads"
            f" requirements with it. Install it: {sys.executable} -m pip install 'packaging>=22', then run"
            " `python -m dash doctor` again.",
            file=sys.stderr,
        )
        return 2
    return doctor_main(as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
