// Callbridge sandbox: a simulated Amazon Connect CCP (ccp-v2) for the amazon-connect-streams library.
//
// Streams (in the parent window) creates an iframe on this page and talks to it with window.postMessage
// envelopes {event, data}. This page does what the real CCP and its shared worker do for the host
// (the Streams ↔ CCP conduit): acknowledge on load and on every synchronize, post full agent snapshots
// (agent::update) with Date timestamps, answer api_request/master_request with the request's requestId, and
// echo broadcasts. The state lives in the sandbox server (CcpSimulator); this page polls it and forwards the
// agent's API requests to it.
(function () {
  'use strict';

  var PORT_ID = 'sandbox-ccp-' + Math.random().toString(36).slice(2, 10);
  var POLL_INTERVAL_MS = 250;
  var POLL_ERROR_BACKOFF_MS = 1000;
  // Internal telemetry the host broadcasts; nothing on the host listens for it, so it is not echoed.
  var TELEMETRY = {
    log: true,
    server_bound_internal_log: true,
    client_metric: true,
    click_stream_data: true,
    api_metric: true
  };

  var host = window.parent !== window ? window.parent : null;
  var hostOrigin = pickHostOrigin();
  var version = -1;
  var latest = null; // the last agent update from the server {version, configuration, snapshot}
  var pollTimer = null;
  var pollInFlight = false;

  function pickHostOrigin() {
    var ancestors = window.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') {
      return ancestors[0];
    }
    return '*'; // opaque or unknown host origin: Streams accepts a wildcard target
  }

  function send(event, data) {
    if (host) {
      host.postMessage({ event: event, data: data }, hostOrigin);
    }
  }

  // --- sandbox server -------------------------------------------------------------------------------------

  function request(method, path, body) {
    var init = { method: method, headers: { Accept: 'application/json' }, cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        return { status: response.status, json: json };
      });
    });
  }

  // Streams calls getTime() on snapshot timestamps, so they must be Dates, as the real worker's SDK makes them.
  function reviveDates(value, key) {
    if (Array.isArray(value)) {
      return value.map(function (item) { return reviveDates(item, null); });
    }
    if (value && typeof value === 'object') {
      var out = {};
      Object.keys(value).forEach(function (k) { out[k] = reviveDates(value[k], k); });
      return out;
    }
    if (typeof value === 'string' && key && /timestamp$/i.test(key)) {
      var date = new Date(value);
      return isNaN(date.getTime()) ? value : date;
    }
    return value;
  }

  function agentUpdatePayload() {
    var snapshot = reviveDates(latest.snapshot, null);
    snapshot.localTimestamp = Date.now();
    snapshot.skew = 0;
    return { configuration: latest.configuration, snapshot: snapshot };
  }

  function postAgentUpdate() {
    if (latest) {
      send('agent::update', agentUpdatePayload());
    }
  }

  function schedulePoll(delay) {
    if (pollTimer !== null) {
      clearTimeout(pollTimer);
    }
    pollTimer = setTimeout(poll, delay);
  }

  function poll() {
    pollTimer = null;
    if (pollInFlight) {
      return;
    }
    pollInFlight = true;
    request('GET', '/sandbox/ccp/snapshot?wait=20&version=' + encodeURIComponent(String(version)))
      .then(function (reply) {
        pollInFlight = false;
        if (reply.status !== 200 || !reply.json) {
          throw new Error('snapshot: HTTP ' + reply.status);
        }
        var changed = reply.json.snapshot && reply.json.version !== version;
        if (changed) {
          version = reply.json.version;
          latest = reply.json;
          postAgentUpdate();
          render();
        }
        setStatus('Connected to the sandbox');
        schedulePoll(changed ? 0 : POLL_INTERVAL_MS);
      })
      .catch(function (error) {
        pollInFlight = false;
        setStatus('Sandbox unreachable: ' + error.message);
        schedulePoll(POLL_ERROR_BACKOFF_MS);
      });
  }

  function refreshSoon() {
    schedulePoll(0);
  }

  // --- conduit: host → CCP --------------------------------------------------------------------------------

  function answerApiRequest(req) {
    var reply = function (data, err) {
      send('api_response', { event: 'api_response', requestId: req.requestId, data: data, err: err });
    };
    request('POST', '/sandbox/ccp/api', { method: req.method, params: req.params || {} })
      .then(function (res) {
        if (!res.json) {
          reply(null, JSON.stringify({ type: 'SandboxError', message: 'HTTP ' + res.status, stack: [] }));
          return;
        }
        reply(res.json.data === undefined ? null : res.json.data, res.json.err || null);
        refreshSoon();
      })
      .catch(function (error) {
        reply(null, JSON.stringify({ type: 'NetworkException', message: error.message, stack: [] }));
      });
  }

  function answerMasterRequest(req) {
    var topic = req.params && req.params.topic;
    var data = req.method === 'becomeMaster'
      ? { masterId: PORT_ID, takeOver: false, topic: topic }
      : { masterId: PORT_ID, isMaster: true, topic: topic };
    send('master_response', { event: 'master_response', requestId: req.requestId, data: data, err: null });
  }

  function onHostMessage(event) {
    if (!host || event.source !== host) {
      return;
    }
    var message = event.data;
    if (!message || typeof message.event !== 'string') {
      return;
    }
    var data = message.data;
    switch (message.event) {
      case 'synchronize':
        send('acknowledge', { id: PORT_ID });
        break;
      case 'api_request':
        if (data && data.requestId) {
          answerApiRequest(data);
        }
        break;
      case 'master_request':
        if (data && data.requestId) {
          answerMasterRequest(data);
        }
        break;
      case 'broadcast':
        if (data && typeof data.event === 'string' && !TELEMETRY[data.event]) {
          send(data.event, data.data);
        }
        break;
      case 'reload_agent_configuration':
        postAgentUpdate();
        break;
      case 'media_device_request':
        send('media_device_response', []);
        break;
      default:
        break; // configure, outer_context_info, iframe_style, …: nothing to do for a simulated CCP
    }
  }

  // --- the agent's own softphone UI -----------------------------------------------------------------------

  function byId(id) {
    return document.getElementById(id);
  }

  function setStatus(text) {
    byId('status').textContent = text;
  }

  function control(path, body) {
    return request('POST', path, body || {}).then(function (res) {
      if (res.status >= 400) {
        setStatus((res.json && res.json.description) || ('HTTP ' + res.status));
      }
      refreshSoon();
    });
  }

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  function contactActions(contact) {
    var id = encodeURIComponent(contact.contactId);
    var path = function (action) { return '/sandbox/contacts/' + id + '/' + action; };
    var agentConn = (contact.connections || []).filter(function (c) { return c.type === 'agent'; })[0];
    var state = contact.state.type;
    var actions = [];
    if (state === 'connecting' && agentConn && agentConn.state.type === 'connecting') {
      actions.push(button('Accept', function () { control(path('accept')); }));
      actions.push(button('Reject', function () { control(path('reject')); }));
    } else if (state === 'connecting' || state === 'connected') {
      actions.push(button('Hang up', function () { control(path('hangup')); }));
    } else {
      actions.push(button('Close contact', function () { control(path('clear')); }));
    }
    return actions;
  }

  function renderContact(contact) {
    var box = document.createElement('div');
    box.className = 'contact state-' + contact.state.type;
    var customer = (contact.connections || []).filter(function (c) { return c.initial; })[0];
    var phone = document.createElement('div');
    phone.className = 'phone';
    phone.textContent = (customer && customer.endpoint && customer.endpoint.phoneNumber) || 'unknown caller';
    var meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = [contact.state.type, contact.initiationMethod, contact.queue && contact.queue.name]
      .filter(Boolean).join(' · ');
    var attrs = document.createElement('div');
    attrs.className = 'attrs';
    attrs.textContent = Object.keys(contact.attributes || {}).map(function (k) {
      return k + '=' + contact.attributes[k].value;
    }).join(', ');
    box.appendChild(phone);
    box.appendChild(meta);
    box.appendChild(attrs);
    contactActions(contact).forEach(function (b) { box.appendChild(b); });
    return box;
  }

  function render() {
    if (!latest) {
      return;
    }
    var configuration = latest.configuration;
    var snapshot = latest.snapshot;
    byId('agent-name').textContent = configuration.name;
    var select = byId('agent-state');
    var selected = snapshot.agentAvailabilityState && snapshot.agentAvailabilityState.state;
    select.textContent = '';
    configuration.agentStates.forEach(function (state) {
      var option = document.createElement('option');
      option.value = state.name;
      option.textContent = state.name;
      option.selected = state.name === selected;
      select.appendChild(option);
    });
    byId('effective-state').textContent = snapshot.state.name;
    var list = byId('contacts');
    list.textContent = '';
    snapshot.contacts.forEach(function (contact) { list.appendChild(renderContact(contact)); });
  }

  function wireUi() {
    byId('agent-state').addEventListener('change', function (event) {
      control('/sandbox/ccp/agent/state', { state: event.target.value });
    });
    byId('dial-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var number = byId('dial-number').value.trim();
      if (number) {
        control('/sandbox/calls', { direction: 'outbound', to: number });
      }
    });
  }

  // --- start-up -------------------------------------------------------------------------------------------

  window.addEventListener('message', onHostMessage);
  wireUi();
  // The first acknowledge must carry data.id and precede the first agent::update, or Streams ignores the snapshots.
  send('acknowledge', { id: PORT_ID });
  poll();
})();
