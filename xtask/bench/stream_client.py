"""The official DingTalk Stream SDK for Python (dingtalk-stream) as the Stream benchmark runs it:
one client, its handler doing the least a real one does, against the fake gateway that
`stream-bench` starts (it sets DINGTALK_OPENAPI_ENDPOINT, which the SDK reads on import).

    python stream_client.py event   # every event, answered SUCCESS
    python stream_client.py robot   # robot messages, each decoded into a ChatbotMessage
"""

import asyncio
import os
import sys

import dingtalk_stream
from dingtalk_stream import AckMessage


class Events(dingtalk_stream.EventHandler):
    async def process(self, event):
        return AckMessage.STATUS_OK, "SUCCESS"


class RobotMessages(dingtalk_stream.ChatbotHandler):
    async def process(self, callback):
        # What the Rust client does for every robot message: the typed message, not used.
        dingtalk_stream.ChatbotMessage.from_dict(callback.data)
        return AckMessage.STATUS_OK, "OK"


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "event"
    credential = dingtalk_stream.Credential(
        os.environ["DINGTALK_CLIENT_ID"], os.environ["DINGTALK_CLIENT_SECRET"]
    )
    client = dingtalk_stream.DingTalkStreamClient(credential)
    if kind == "event":
        client.register_all_event_handler(Events())
    elif kind == "robot":
        client.register_callback_handler(
            dingtalk_stream.ChatbotMessage.TOPIC, RobotMessages()
        )
    else:
        sys.exit(f"unknown kind {kind!r}: event or robot")
    asyncio.run(client.start())


if __name__ == "__main__":
    main()
