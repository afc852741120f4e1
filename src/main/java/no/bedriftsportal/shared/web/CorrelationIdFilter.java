package no.bedriftsportal.shared.web;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First of all filters, so that every log line of a request carries its {@link CorrelationId}
 * (the security chain's included). It runs on the error dispatch too, with the same id. What a
 * request to the operator or company API throws past everything else is logged here, once, and answered
 * with a 500 problem that tells nothing of the inside.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = CorrelationId.of(request);
        if (id == null) {
            String given = request.getHeader(CorrelationId.HEADER);
            id = CorrelationId.isSane(given) ? given : CorrelationId.create();
            request.setAttribute(CorrelationId.ATTRIBUTE, id);
        }
        response.setHeader(CorrelationId.HEADER, id);
        String outer = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!OperatorApiProblems.isApi(request) || response.isCommitted()) {
                throw e;
            }
            OperatorApiProblems.logUnexpected(request, e);
            ProblemResponse.write(request, response, OperatorApiProblems.unexpected());
        } finally {
            if (outer == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, outer);
            }
        }
    }
}
