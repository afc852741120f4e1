package no.bedriftsportal.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store with a session's last access written at most once per {@code interval}
 * instead of on every request: a request that changes nothing else in its session then writes
 * nothing at all (Spring Session JDBC writes only what changed). Under load that is one
 * transaction, and one wait for the disk, less per request (#12.7, docs/adr/0014).
 *
 * <p>The price: a session may be taken for idle up to one interval too early (30 minutes idle
 * becomes 29 at worst with a minute's interval). Everything else a request changes in its session
 * (the security context at login, the CSRF token, a changed id) is written as before.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class LastAccessThrottle implements FindByIndexNameSessionRepository<Session> {

    private final FindByIndexNameSessionRepository store;
    private final Duration interval;

    LastAccessThrottle(FindByIndexNameSessionRepository<? extends Session> store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    @Override
    public Session createSession() {
        return new ThrottledSession((Session) store.createSession(), interval);
    }

    @Override
    public void save(Session session) {
        store.save(((ThrottledSession) session).stored);
    }

    @Override
    public Session findById(String id) {
        Session stored = (Session) store.findById(id);
        return stored == null ? null : new ThrottledSession(stored, interval);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        ((Map<String, Session>) store.findByIndexNameAndIndexValue(indexName, indexValue))
                .forEach((id, stored) -> found.put(id, new ThrottledSession(stored, interval)));
        return found;
    }

    /** A stored session that passes a new last access on only when the stored one is an interval old. */
    private static final class ThrottledSession implements Session {

        private final Session stored;
        private final Duration interval;

        ThrottledSession(Session stored, Duration interval) {
            this.stored = stored;
            this.interval = interval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(interval) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
            stored.setMaxInactiveInterval(maxInactiveInterval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
