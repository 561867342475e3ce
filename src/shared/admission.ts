import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { AdmissionLimits } from '../config';
import { ErrorCode, RETRY_AFTER_SECONDS } from '../errors';
import { sendHttpError } from './graphql-http';

export interface AdmissionState {
  readonly running: number;
  readonly queued: number;
  /** Requests turned away since start, by why. */
  readonly refused: { readonly queueFull: number; readonly waitedTooLong: number };
}

/**
 * Back-pressure in front of the work: at most `maxConcurrent` requests run; up to `maxQueued` more wait, each at
 * most `queueTimeoutMs`, first come first served; the rest are answered 503 with Retry-After at once. Without it a
 * burst queues in the driver's pool and every client waits tens of seconds; with it a client learns in a bounded few
 * seconds that it should come back, and those admitted keep their speed.
 */
export class Admission {
  private running = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];
  private readonly refused = { queueFull: 0, waitedTooLong: 0 };

  constructor(private readonly limits: AdmissionLimits) {}

  state(): AdmissionState {
    return { running: this.running, queued: this.waiting.length, refused: { ...this.refused } };
  }

  /** Resolves to a release function once admitted, or to null when refused. */
  acquire(): Promise<(() => void) | null> {
    if (this.running < this.limits.maxConcurrent) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.limits.maxQueued || this.limits.queueTimeoutMs === 0) {
      this.refused.queueFull += 1;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          this.running += 1;
          resolve(this.releaser());
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry);
          if (at !== -1) this.waiting.splice(at, 1);
          this.refused.waitedTooLong += 1;
          resolve(null);
        }, this.limits.queueTimeoutMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.waiting.shift()?.admit();
    };
  }

  /**
   * Runs `proceed` once admitted, and releases the turn when the response ends or the client leaves; a refused
   * request is answered 503 with Retry-After. Plain node:http objects, for the GraphQL POST path and Express alike.
   */
  admit(req: IncomingMessage, res: ServerResponse, proceed: () => void): void {
    void this.acquire().then((release) => {
      if (release === null) {
        sendHttpError(
          req,
          res,
          503,
          {
            code: ErrorCode.SERVICE_UNAVAILABLE,
            message: 'The server is busy; try again shortly.',
            extensions: { reason: 'busy', retryAfterSeconds: RETRY_AFTER_SECONDS },
          },
          { 'retry-after': String(RETRY_AFTER_SECONDS) },
        );
        return;
      }
      // A client that left while waiting has nothing to be answered.
      if (req.socket.destroyed) return release();
      res.once('finish', release);
      res.once('close', release);
      proceed();
    });
  }

  middleware(): RequestHandler {
    return (req, res, next) => this.admit(req, res, () => next());
  }
}
