package vn.motcua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal's and the dashboard's pages, scripts and styles are Vietnamese UTF-8 files:
 * say so ({@code text/html;charset=UTF-8}), else Tomcat names none and a browser may
 * guess. The Camunda webapps set their own.
 */
class PageCharsetFilter extends OncePerRequestFilter {

	private final RequestMatcher pages;

	PageCharsetFilter(RequestMatcher pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.pages.matches(request)) {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		}
		chain.doFilter(request, response);
	}

}
