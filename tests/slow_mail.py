"""An email backend for tests that run the worker as a real process: each message becomes a file in
UNDERSIGNED_TEST_MAIL_DIR (written whole, then renamed, so a reader never sees half a message), and
sending then takes UNDERSIGNED_TEST_MAIL_DELAY seconds, long enough to kill the worker mid-task."""

import os
import time
import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class SlowFileBackend(BaseEmailBackend):
    def send_messages(self, messages):
        folder = Path(os.environ["UNDERSIGNED_TEST_MAIL_DIR"])
        for message in messages:
            name = uuid.uuid4().hex
            (folder / f"{name}.tmp").write_bytes(message.message().as_bytes())
            (folder / f"{name}.tmp").rename(folder / f"{name}.eml")
            time.sleep(float(os.environ.get("UNDERSIGNED_TEST_MAIL_DELAY", "0.5")))
        return len(messages)
