package dev.zosmfsim.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zosmfsim.bench.HttpResponse;
import dev.zosmfsim.bench.RequestBytes;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The soak's mixed traffic, one action at a time: console commands, TSO conversations (start, send, receive, end),
 * one-shot TSO commands, token logons, refused logons and z/OSMF information, with password and certificate logons.
 * Every answer is checked; what the soak's own faults and cancels explain is counted, anything else is recorded as
 * unexpected and fails the run.
 */
final class Traffic {

    static final String START = "/zosmf/tsoApp/tso?proc=IZUFPROC&acct=ACCT%23&rsize=4096";
    private static final List<String> CONSOLE_COMMANDS = List.of("D T", "D A,L", "F CEA,D,S", "D IPLINFO",
            "D A,ALICE");

    final Tally tally = new Tally();
    /** Servlet keys of every TSO session started, and of those the soak's clients ended themselves. */
    final Set<String> started = ConcurrentHashMap.newKeySet();
    final Set<String> endedByClient = ConcurrentHashMap.newKeySet();
    final List<String> unexpected = new CopyOnWriteArrayList<>();

    /**
     * Fills {@code client}'s console with {@code count} kept responses (asynchronous D A,L, the largest answer the
     * traffic asks for), so that the store is full before the samples that judge growth begin.
     */
    void fillConsole(SoakClient client, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            HttpResponse response = client.send(RequestBytes.put("/zosmf/restconsoles/consoles/defcn",
                    "{\"cmd\":\"D A,L\",\"async\":\"Y\"}"));
            tally.add("requests");
            if (response.status() == 200) {
                tally.add("console commands to fill the response stores");
            } else if (response.status() == 503) {
                tally.add("console errors injected by a fault rule");
            } else {
                unexpected("console D A,L (async)", response);
            }
        }
    }

    /** One action by {@code client}, chosen at random. */
    void act(SoakClient client, Random random) throws IOException {
        int dice = random.nextInt(100);
        if (dice < 35) {
            console(client, CONSOLE_COMMANDS.get(random.nextInt(CONSOLE_COMMANDS.size())));
        } else if (dice < 60) {
            tsoConversation(client);
        } else if (dice < 70) {
            oneShot(client);
        } else if (dice < 82) {
            tokenLogon(client);
        } else if (dice < 87 && !client.presentsCertificate) {
            // a certificate logon comes before the Basic header, so only a password client can be refused this way
            refusedLogon(client);
        } else {
            info(client);
        }
    }

    void console(SoakClient client, String command) throws IOException {
        HttpResponse response = client.send(RequestBytes.consoleCommand("defcn", command));
        tally.add("requests");
        if (response.status() == 200 && response.text().contains("cmd-response-key")) {
            tally.add("console commands");
        } else if (response.status() == 503 && command.equals("D A,L")) {
            tally.add("console errors injected by a fault rule");
        } else {
            unexpected("console " + command, response);
        }
    }

    /** Start, send, receive, end; a session cancelled under the conversation is counted, not failed. */
    void tsoConversation(SoakClient client) throws IOException {
        String key = startSession(client);
        if (key == null) {
            return;
        }
        HttpResponse sent = client.send(RequestBytes.put("/zosmf/tsoApp/tso/" + key + "?readReply=false",
                "{\"TSO RESPONSE\":{\"VERSION\":\"0100\",\"DATA\":\"TIME\"}}"));
        tally.add("requests");
        if (gone(sent, "send")) {
            return;
        }
        HttpResponse received = client.send(RequestBytes.get("/zosmf/tsoApp/tso/" + key));
        tally.add("requests");
        if (gone(received, "receive")) {
            return;
        }
        if (!received.text().contains("IKJ56650I") && !received.text().contains("READY")) {
            unexpected("TSO receive", received);
        }
        HttpResponse ended = client.send(RequestBytes.delete("/zosmf/tsoApp/tso/" + key));
        tally.add("requests");
        if (!gone(ended, "end")) {
            endedByClient.add(key);
            tally.add("TSO sessions ended by their client");
        }
    }

    /** Starts a TSO session; null when CEA refused it (a limit) or the start failed as expected. */
    String startSession(SoakClient client) throws IOException {
        HttpResponse response = client.send(RequestBytes.post(START, ""));
        tally.add("requests");
        if (response.status() == 200) {
            JsonNode body = SoakClient.json(response);
            String key = body.path("servletKey").asText("");
            if (!key.isEmpty() && !key.contains("-0-")) {
                started.add(key);
                tally.add(body.path("reused").asBoolean() ? "TSO starts that reconnected" : "TSO starts");
                return key;
            }
        }
        if (response.text().contains("IZUG1121E")) {
            tally.add("TSO starts refused by a CEA limit");
            return null;
        }
        unexpected("TSO start", response);
        return null;
    }

    void oneShot(SoakClient client) throws IOException {
        HttpResponse response = client.send(RequestBytes.put("/zosmf/tsoApp/v1/tso",
                "{\"tsoCmd\":\"TIME\",\"cmdState\":\"stateless\"}"));
        tally.add("requests");
        if (response.status() == 200 && response.text().contains("READY")) {
            tally.add("one-shot TSO commands");
        } else if (response.text().contains("IZUG1121E")) {
            tally.add("TSO starts refused by a CEA limit");
        } else {
            unexpected("one-shot TSO", response);
        }
    }

    /** Logs on for tokens, uses the JWT for a console command, logs off. */
    void tokenLogon(SoakClient client) throws IOException {
        HttpResponse logon = client.send(RequestBytes.post("/zosmf/services/authenticate", ""));
        tally.add("requests");
        String jwt = cookie(logon, "jwtToken");
        if (logon.status() != 200 || jwt == null) {
            unexpected("token logon", logon);
            return;
        }
        HttpResponse used = client.sendAsIs(RequestBytes.consoleCommand("defcn", "D T").cookie("jwtToken", jwt));
        tally.add("requests");
        if (used.status() != 200) {
            unexpected("console with a token", used);
        }
        HttpResponse logoff = client.sendAsIs(RequestBytes.delete("/zosmf/services/authenticate")
                .cookie("jwtToken", jwt));
        tally.add("requests");
        if (logoff.status() / 100 != 2) {
            unexpected("token logoff", logoff);
            return;
        }
        tally.add("token logons");
    }

    void refusedLogon(SoakClient client) throws IOException {
        HttpResponse response = client.sendAsIs(RequestBytes.consoleCommand("defcn", "D T").basic("BOB", "WRONG"));
        tally.add("requests");
        if (response.status() == 401) {
            tally.add("refused logons");
        } else {
            unexpected("wrong password", response);
        }
    }

    void info(SoakClient client) throws IOException {
        HttpResponse response = client.sendAsIs(RequestBytes.get("/zosmf/info"));
        tally.add("requests");
        if (response.status() == 200) {
            tally.add("info requests");
        } else {
            unexpected("info", response);
        }
    }

    /** True (and counted) when the session was gone: cancelled by the operator or ended by CEA. */
    private boolean gone(HttpResponse response, String step) {
        if (response.status() == 200 && response.text().contains("IZUG1126E")) {
            tally.add("TSO sessions found ended by the system (cancel)");
            return true;
        }
        if (response.status() != 200) {
            unexpected("TSO " + step, response);
            return true;
        }
        return false;
    }

    private void unexpected(String what, HttpResponse response) {
        tally.add("unexpected answers");
        if (unexpected.size() < 20) {
            String text = response.text();
            unexpected.add(what + ": " + response.status() + " " + text.substring(0, Math.min(300, text.length())));
        }
    }

    static String cookie(HttpResponse response, String name) {
        String cookies = response.header("Set-Cookie");
        if (cookies == null) {
            return null;
        }
        for (String cookie : cookies.split("\n")) {
            if (cookie.startsWith(name + "=")) {
                int end = cookie.indexOf(';');
                return cookie.substring(name.length() + 1, end < 0 ? cookie.length() : end);
            }
        }
        return null;
    }
}
