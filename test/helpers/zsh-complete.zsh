# What zsh's completion system offers for a command line: an interactive zsh in a pseudo-terminal
# (zpty) loads compinit and the script $SCRIPT, a compadd wrapper prints every match offered
# between the bytes 0x02 and 0x03 (separated by 0x01), and a TAB is typed after $LINE. The raw
# terminal output goes to stdout; the caller picks the matches out of it.
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
zpty -w z 'PS1=""; autoload -Uz compinit; compinit -u -D'
zpty -w z "source ${(q)SCRIPT}"
zpty -w z 'compadd() { builtin compadd -O __m "$@"; print -rn -- $'"'"'\x02'"'"'${(pj:\x01:)__m}$'"'"'\x03'"'"'; builtin compadd "$@"; }'
zpty -w z 'bindkey "^I" complete-word'
zpty -n -w z "${LINE}"$'\t'
out=""
integer tries=0
while (( ++tries <= 50 )); do
  if zpty -r -t z chunk 2>/dev/null; then out+="$chunk"; else sleep 0.1; fi
  # The listing comes after the last match: wait for it to settle.
  [[ "$out" == *$'\x03'* ]] && (( tries > 10 )) && break
done
zpty -d z
print -rn -- "$out"
