"""Answers to the anti-bot puzzle (common/pow.py), found as the browser's pow.js finds them."""

import base64
import hashlib
import json


def solve(challenge: dict) -> int:
    """Try each number until SHA-256(salt + number) is the challenge."""
    for number in range(challenge["maxNumber"] + 1):
        if hashlib.sha256(f"{challenge['salt']}{number}".encode()).hexdigest() == challenge["challenge"]:
            return number
    raise AssertionError("unsolvable challenge")


def pow_answer(challenge: dict, **changes) -> str:
    """The base64 JSON a browser sends as `altcha`; `changes` replace fields of it (to tamper)."""
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solve(challenge),
        "salt": challenge["salt"],
        "signature": challenge["signature"],
        **changes,
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()
