-- wrk script of bench/peer.sh: console D T as z/OSMF clients send it (PUT, JSON body, the CSRF header and a Basic
-- password logon of IBMUSER, since wrk cannot present client certificates). WRK_PAUSE_MS in the environment is a
-- pause in ms before each connection's next request, which holds the rate near connections * 1000 / pause; without
-- it every connection sends its next request as soon as the answer is in (saturation).
wrk.method = "PUT"
wrk.body = '{"cmd":"D T"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-CSRF-ZOSMF-HEADER"] = "true"
wrk.headers["Authorization"] = "Basic SUJNVVNFUjpTWVMx"

-- read when the script loads, not in init(): wrk decides before init() whether the script paces its requests
local pause = tonumber(os.getenv("WRK_PAUSE_MS") or "0")
if pause > 0 then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d failed=%d non2xx=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
