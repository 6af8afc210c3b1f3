-- Opens CONNECTLINT_FILE with connectlint-language-server attached, waits for its
-- diagnostics, prints them as JSON on stdout, and quits. Neovim 0.7 API.
local server = vim.env.CONNECTLINT_SERVER
local file = vim.env.CONNECTLINT_FILE
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'c'
local client_id = vim.lsp.start_client({
  name = 'connectlint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(0, client_id)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(out, {
    lnum = d.lnum,
    col = d.col,
    severity = d.severity,
    source = d.source,
    code = d.code or lsp.code,
    message = d.message,
  })
end
io.stdout:write(vim.fn.json_encode(out) .. '\n')
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
