"""Records what the legacy Python client `dingtalk-sdk` 1.3.8 (on requests 2.34.2) sends for
`POST /media/upload`, against a recording server on 127.0.0.1, and writes it to
`generated-client/tests/fixtures/legacy_media_upload.json` (the multipart wire test compares our
body with it, modulo the boundary).

Run it in a virtual environment under `target/` holding exactly these packages:

    python3 -m venv target/legacy-venv
    target/legacy-venv/bin/pip install --no-deps certifi==2026.10.19.post1 \
        cffi==2.1.1 charset-normalizer==3.5.3 cryptography==50.0.2 dingtalk-sdk==1.3.8 idna==3.20 \
        optionaldict==0.1.2 pycparser==3.12 \
        requests==2.34.2 six==1.17.0 urllib3==2.8.0
    target/legacy-venv/bin/python xtask/legacy/capture_media_upload.py

Nothing here reaches the network: the client's base URL is the recorder's.
"""

import base64
import http.server
import io
import json
import pathlib
import threading

from dingtalk.client import AppKeyClient

FILE_NAME = "photo.png"
# Bytes a multipart writer must carry untouched: binary, CR LF, and a line that looks like a
# boundary.
CONTENT = b"\x89PNG\r\n\x1a\n\x00\xff fake image \xe4\xbd\xa0\xe5\xa5\xbd\r\n--not-a-boundary\r\n"
REPLY = {"errcode": 0, "errmsg": "ok", "type": "image", "media_id": "@lADPDfmVb8hhZ8rNAjLNAiw", "created_at": 1700000000000}

recorded = []


class Recorder(http.server.BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if self.path.startswith("/gettoken"):
            reply = {"errcode": 0, "errmsg": "ok", "access_token": "LEGACY_TOKEN", "expires_in": 7200}
        else:
            recorded.append({
                "method": self.command,
                "target": self.path,
                # The host names the recorder's port, which changes every run.
                "headers": [[k.lower(), v] for k, v in self.headers.items() if k.lower() != "host"],
                "body_base64": base64.b64encode(body).decode(),
            })
            reply = REPLY
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *args):
        pass


def main():
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = AppKeyClient("corp", "APP_KEY", "APP_SECRET")
    client.API_BASE_URL = "http://127.0.0.1:%d/" % server.server_address[1]
    media = io.BytesIO(CONTENT)
    media.name = FILE_NAME
    result = client.message.media_upload("image", media)
    server.shutdown()
    [request] = recorded
    fixture = {
        "client": "dingtalk-sdk 1.3.8, requests 2.34.2",
        "call": "client.message.media_upload('image', <file object named photo.png>)",
        "file_name": FILE_NAME,
        "content_base64": base64.b64encode(CONTENT).decode(),
        "request": request,
        "reply": REPLY,
        "parsed": result,
    }
    out = pathlib.Path(__file__).resolve().parents[2] / "generated-client/tests/fixtures/legacy_media_upload.json"
    out.write_text(json.dumps(fixture, indent=2, ensure_ascii=False) + "\n")
    print(out)


if __name__ == "__main__":
    main()
