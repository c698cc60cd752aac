// Callbridge sandbox: the hand-driven control page for the simulated CCP (served at /sandbox/ccp/).
(function () {
  'use strict';

  var REFRESH_MS = 1000;

  function byId(id) {
    return document.getElementById(id);
  }

  function say(text) {
    byId('message').textContent = text || '';
  }

  function call(method, path, body) {
    var init = { method: method, headers: { Accept: 'application/json' }, cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw new Error(json.description || json.error || ('HTTP ' + response.status));
        }
        return json;
      });
    });
  }

  function parseAttributes(text) {
    var attributes = {};
    text.split('\n').forEach(function (line) {
      var at = line.indexOf('=');
      if (line.trim() && at > 0) {
        attributes[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
    });
    return attributes;
  }

  function placeCall(event) {
    event.preventDefault();
    var form = event.target;
    var body = { direction: form.direction.value, attributes: parseAttributes(form.attributes.value) };
    ['from', 'to', 'queue', 'transferOf'].forEach(function (name) {
      if (form[name].value.trim()) {
        body[name] = form[name].value.trim();
      }
    });
    call('POST', '/sandbox/calls', body)
      .then(function (json) { say('Placed contact ' + json.contactId); refresh(); })
      .catch(function (error) { say(error.message); });
  }

  function act(contactId, action) {
    call('POST', '/sandbox/contacts/' + encodeURIComponent(contactId) + '/' + action, {})
      .then(function () { say(''); refresh(); })
      .catch(function (error) { say(error.message); });
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function actionsFor(contact) {
    switch (contact.state) {
      case 'connecting':
        return contact.direction === 'inbound' ? ['accept', 'reject', 'hangup'] : ['accept', 'hangup'];
      case 'connected':
        return ['hangup', 'clear'];
      case 'destroyed':
        return [];
      default:
        return ['clear'];
    }
  }

  function renderContacts(contacts) {
    var body = byId('contacts');
    body.textContent = '';
    contacts.slice().reverse().forEach(function (contact) {
      var row = document.createElement('tr');
      var idText = contact.contactId +
        (contact.initialContactId !== contact.contactId ? '\n(transfer of ' + contact.initialContactId + ')' : '');
      cell(row, idText).style.whiteSpace = 'pre-line';
      cell(row, contact.state);
      cell(row, contact.direction + ' / ' + contact.initiationMethod);
      cell(row, contact.from + ' → ' + contact.to);
      cell(row, contact.queue.name);
      cell(row, Object.keys(contact.attributes).map(function (k) {
        return k + '=' + contact.attributes[k];
      }).join('\n')).style.whiteSpace = 'pre-line';
      var actions = cell(row, '');
      actionsFor(contact).forEach(function (action) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = action;
        b.addEventListener('click', function () { act(contact.contactId, action); });
        actions.appendChild(b);
      });
      body.appendChild(row);
    });
  }

  function renderAgent(update) {
    var configuration = update.configuration;
    var snapshot = update.snapshot;
    byId('agent-line').textContent = configuration.name + ' · ' + snapshot.state.name;
    var select = byId('agent-state');
    if (document.activeElement === select) {
      return;
    }
    select.textContent = '';
    configuration.agentStates.forEach(function (state) {
      var option = document.createElement('option');
      option.value = state.name;
      option.textContent = state.name;
      option.selected = state.name === snapshot.agentAvailabilityState.state;
      select.appendChild(option);
    });
  }

  function refresh() {
    return Promise.all([call('GET', '/sandbox/contacts'), call('GET', '/sandbox/ccp/agent')])
      .then(function (results) {
        renderContacts(results[0].contacts);
        renderAgent(results[1]);
      })
      .catch(function (error) { say('Sandbox unreachable: ' + error.message); });
  }

  byId('call-form').addEventListener('submit', placeCall);
  byId('agent-state').addEventListener('change', function (event) {
    call('POST', '/sandbox/ccp/agent/state', { state: event.target.value })
      .then(refresh)
      .catch(function (error) { say(error.message); });
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
})();
