"""Messages from forked builders (`batch.channel`): each whole and in its sender's order, from
two senders at once, however large; a message its sender did not finish is dropped."""
from __future__ import annotations

import os
import sys

import pytest

from briefkit.batch import channel

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builders fork on Linux only")


def _sender(fd: int, messages: list, cut: bytes = b"") -> int:
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            for m in messages:
                channel.post(fd, m)
            if cut:
                os.write(fd, cut)  # a message begun and never finished: the sender ended
            code = 0
        finally:
            os._exit(code)
    return pid


def test_two_senders_each_deliver_every_message_whole_and_in_order():
    big = os.urandom(3 << 20)  # larger than the pipe holds: read while it is written
    (r1, w1), (r2, w2) = channel.pipes(2)
    first = [("a", i, big if i == 1 else b"x" * i) for i in range(4)]
    second = [("b", i, bytes(range(256)) * i) for i in range(5)]
    pids = [_sender(w1, first), _sender(w2, second)]
    channel.close([w1, w2])  # the senders hold the write ends now
    got: list = []
    channel.drain([r1, r2], got.append)
    for pid in pids:
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    assert [m for m in got if m[0] == "a"] == first
    assert [m for m in got if m[0] == "b"] == second


def test_a_message_cut_short_is_dropped_and_those_before_it_kept():
    ((r, w),) = channel.pipes(1)
    pid = _sender(w, [("whole", 1)], cut=(1000).to_bytes(8, "big") + b"only part of it")
    os.close(w)
    got: list = []
    channel.drain([r], got.append)
    os.waitpid(pid, 0)
    assert got == [("whole", 1)]


def test_close_empties_the_list_and_tolerates_closed_fds():
    ((r, w),) = channel.pipes(1)
    os.close(w)
    fds = [r, w]
    channel.close(fds)
    assert fds == []
    with pytest.raises(OSError):
        os.fstat(r)


def test_a_message_that_does_not_unpickle_is_dropped_and_the_next_one_kept():
    ((r, w),) = channel.pipes(1)
    junk = b"not a pickle"
    os.write(w, len(junk).to_bytes(8, "big") + junk)
    channel.post(w, ("after", 2))
    os.close(w)
    got: list = []
    channel.drain([r], got.append)
    assert got == [("after", 2)]
