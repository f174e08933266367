#!/usr/bin/env python3
"""A TCP proxy (bench/fleet-pg-bench.sh) that delays every chunk by DELAY seconds each way: a network with 2*DELAY round-trip time."""
import asyncio, sys
LISTEN, TARGET, DELAY = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])

async def pipe(reader, writer):
    loop = asyncio.get_running_loop()
    try:
        while data := await reader.read(65536):
            due = loop.time() + DELAY
            # keep order: each chunk waits until its own due time
            await asyncio.sleep(max(0, due - loop.time()))
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()

async def handle(r, w):
    tr, tw = await asyncio.open_connection('127.0.0.1', TARGET)
    await asyncio.gather(pipe(r, tw), pipe(tr, w))

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', LISTEN)
    async with server:
        await server.serve_forever()
asyncio.run(main())
